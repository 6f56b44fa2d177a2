// check + render with one checker instance; shared by the main thread and the worker.
// The rendering follows the render contract (docs/render-contract.md): the tables only, no <style> (the page
// ships the core's stylesheet itself, so a strict Content-Security-Policy needs no inline styles), and
// editable number cells when the page can write them back into the text.
function renderSafe(checker, result, opts, extra = {}) {
  try {
    const o = { ...tablesContract(opts), ...extra };
    return String((checker.page ? checker.page.render(result, o) : checker.render(result, { lang: opts.lang, fragment: true })) || '');
  } catch (e) {
    return '';
  }
}

// The contract the page's report view takes (the tables, editable where the text can be written back).
function tablesContract(opts) {
  return { lang: opts.lang, fragment: true, tables_only: true, style: false, editable: !!opts.editable };
}

// Last year's report beside this one (issue 12): {previous, previousKind, previousName} as the checker takes them.
function previousOf(opts) {
  return opts.previous ? { previous: opts.previous, previousKind: opts.previousKind, previousName: opts.previousName } : {};
}

// One call into the core: the result and its tables come back together.
export function checkAndRender(checker, input, opts) {
  // The name is not the core's to see here: the editor's text is text even when it was read from a .html file
  // (the core would take the extension as the kind); it only labels the result.
  const o = { kind: opts.kind || 'auto', lang: opts.lang, ...previousOf(opts) };
  const out = checker.page.checkAndRender(input, o, tablesContract(opts));
  if (opts.name && out.result && !out.result.file) out.result.file = opts.name;
  return out;
}

/** The core's canonical text of `input` (extract: reading only), '' when it has none (text input, not a report). */
export function readableText(checker, input, opts) {
  const r = checker.extract(input, { kind: opts.kind || 'auto', lang: opts.lang });
  return (r && r.canonical_text) || '';
}

export async function checkFileAndRender(checker, bytes, opts) {
  return checker.page.checkFileAndRender(bytes, { name: opts.name, lang: opts.lang, ...previousOf(opts) }, tablesContract(opts));
}

/** Renders an existing result with render-contract options (e.g. {clean: true, tables_only: false}). */
export function renderResult(checker, result, opts) {
  return renderSafe(checker, result, opts, opts);
}
