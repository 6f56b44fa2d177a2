// check + render with one checker instance; shared by the main thread and the worker.
function renderSafe(checker, result, lang) {
  try {
    return String(checker.render(result, { lang, fragment: true }) || '');
  } catch (e) {
    return '';
  }
}

export function checkAndRender(checker, input, opts) {
  const result = checker.check(input, { kind: opts.kind || 'auto', lang: opts.lang });
  if (opts.name && result && !result.file) result.file = opts.name;
  return { result, html: renderSafe(checker, result, opts.lang) };
}

export async function checkFileAndRender(checker, bytes, opts) {
  const result = await checker.checkFile(bytes, { name: opts.name, lang: opts.lang });
  return { result, html: renderSafe(checker, result, opts.lang) };
}

