// check + render with one checker instance; shared by the main thread and the worker.
// The rendering follows the render contract (docs/render-contract.md): the tables only, no <style> (the page
// ships the core's stylesheet itself, so a strict Content-Security-Policy needs no inline styles), and
// editable number cells when the page can write them back into the text.
function renderSafe(checker, result, opts, extra = {}) {
  try {
    const o = { lang: opts.lang, fragment: true, tables_only: true, style: false, editable: !!opts.editable, ...extra };
    return String((checker.page ? checker.page.render(result, o) : checker.render(result, { lang: opts.lang, fragment: true })) || '');
  } catch (e) {
    return '';
  }
}

export function checkAndRender(checker, input, opts) {
  const result = checker.check(input, { kind: opts.kind || 'auto', lang: opts.lang });
  if (opts.name && result && !result.file) result.file = opts.name;
  return { result, html: renderSafe(checker, result, opts) };
}

export async function checkFileAndRender(checker, bytes, opts) {
  const result = await checker.checkFile(bytes, { name: opts.name, lang: opts.lang });
  return { result, html: renderSafe(checker, result, opts) };
}

/** Renders an existing result with render-contract options (e.g. {clean: true, tables_only: false}). */
export function renderResult(checker, result, opts) {
  return renderSafe(checker, result, opts, opts);
}
