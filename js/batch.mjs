// Many reports at once (issue 12): checkMany(files, {onProgress}) checks each file on its own, with the
// same body's report of the year before when the batch has it (paired by the core: agency name and
// year), and returns one result per file in input order. Platform-neutral: Node and the browser.
//
// Build note: like checker.mjs this file is copied to dist/ as is; its only import is checker.mjs.
import { previousInput } from './checker.mjs';

function nameOf(file, i) {
  if (file && typeof file.name === 'string' && file.name) return file.name;
  return `file-${i + 1}`;
}

// Bytes of a File/Blob, {name, data}, ArrayBuffer or Uint8Array; a string is the text itself.
async function bytesOf(file) {
  if (file && typeof file.arrayBuffer === 'function' && !ArrayBuffer.isView(file)) return new Uint8Array(await file.arrayBuffer());
  const data = file && typeof file === 'object' && 'data' in file ? file.data : file;
  if (typeof data === 'string') return new TextEncoder().encode(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('nianbao: checkMany expects Files, Blobs, {name, data} objects, ArrayBuffers or Uint8Arrays');
}

// Last year's report from text, HTML or .docx bytes: previousInput (js/checker.mjs), kept exported here. A PDF or
// an OFD needs the checker's reader: checker.previousFrom, which checkMany uses.
export { previousInput };

/** Counts over a batch's results: files, unreadable, errors, warnings, pairs, and rules by frequency. */
export function summarizeResults(results) {
  const s = { files: results.length, unreadable: 0, withErrors: 0, paired: 0, errors: 0, warnings: 0, infos: 0, rules: [] };
  const rules = new Map();
  for (const r of results) {
    const sum = (r && r.summary) || {};
    s.errors += sum.errors || 0;
    s.warnings += sum.warnings || 0;
    s.infos += sum.infos || 0;
    if ((sum.errors || 0) > 0) s.withErrors++;
    if (r && r.previous && r.previous.readable) s.paired++;
    const seen = new Map();
    for (const d of (r && r.diagnostics) || []) {
      if (d.rule === 'input-unreadable' || d.rule === 'input-too-large') seen.set('__unreadable', 1);
      seen.set(d.rule, (seen.get(d.rule) || 0) + 1);
    }
    if (seen.has('__unreadable')) s.unreadable++;
    seen.delete('__unreadable');
    for (const [rule, n] of seen) {
      const e = rules.get(rule) || { rule, count: 0, files: 0 };
      e.count += n;
      e.files += 1;
      rules.set(rule, e);
    }
  }
  s.rules = [...rules.values()].sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1));
  return s;
}

// A file that cannot be read (a File gone from the disk, a folder entry refused): the core's result for a
// file that cannot be opened, as the CLI gives it; failing even that, one of the same shape made here.
function unreadableResult(checker, name, lang, error) {
  try {
    return { ...checker.check('', { name, lang, unopenable: true }), previous: null };
  } catch {
    const why = (error && error.message) || error;
    return {
      file: name, input: { kind: 'text', encoding: 'binary', chars: 0 }, report: null,
      diagnostics: [{ rule: 'input-unreadable', severity: 'error', message: lang === 'en' ? `This file cannot be read (${why})` : `无法读取此文件（${why}）`, at: { offset: 0, length: 0, line: 1, column: 1 } }],
      summary: { errors: 1, warnings: 0, infos: 0, checks_run: 0, not_assessable: 0 },
      previous: null,
    };
  }
}

const yieldToEventLoop = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Returns checkMany(files, options) bound to a platform's createChecker (index.mjs, browser.mjs).
 * options: lang; pair (default true: pair consecutive years of the same agency); pairs (a Map or
 * object from a file's name to its previous file's name, or null for none: overrides); published;
 * checker (an existing checker); onProgress({done, total, phase: 'reading'|'checking', name, result}).
 * Resolves to the results in input order; each names the report it was compared with (result.previous).
 */
export function makeCheckMany(createChecker) {
  return async function checkMany(files, options = {}) {
    const list = Array.from(files || []);
    const checker = options.checker || (await createChecker(options.checkerOptions || {}));
    const lang = options.lang || 'zh';
    const progress = typeof options.onProgress === 'function' ? options.onProgress : () => {};
    const names = list.map(nameOf);
    const total = list.length;

    // First pass: agency and year of each report (the reading half of the core, without the tables).
    const previous = new Array(total).fill(-1);
    if (options.pair !== false && total > 1) {
      const entries = [];
      for (let i = 0; i < total; i++) {
        let e = { agency: '', title: '', year: null };
        try {
          const r = await checker.extractFile(await bytesOf(list[i]), { name: names[i], lang, identify: true });
          if (r.report) e = { agency: r.report.agency || '', title: r.report.title || '', year: r.report.year };
        } catch {
          // unreadable: the second pass reports it; it pairs with nothing
        }
        entries.push(e);
        progress({ done: i + 1, total, phase: 'reading', name: names[i] });
        if (i % 8 === 7) await yieldToEventLoop();
      }
      checker.pairReports(entries).forEach((p, i) => { previous[i] = p === null ? -1 : p; });
    }
    const overrides = options.pairs instanceof Map ? options.pairs : new Map(Object.entries(options.pairs || {}));
    for (const [name, prevName] of overrides) {
      const i = names.indexOf(name);
      if (i >= 0) previous[i] = prevName === null || prevName === '' ? -1 : names.indexOf(prevName);
    }

    // Second pass: each report checked with last year's beside it.
    const results = [];
    for (let i = 0; i < total; i++) {
      let result;
      try {
        const bytes = await bytesOf(list[i]);
        const opts = { name: names[i], lang };
        if (options.published) opts.published = options.published;
        if (previous[i] >= 0) Object.assign(opts, (await checker.previousFrom(await bytesOf(list[previous[i]]), { name: names[previous[i]] })) || {});  // PDF/OFD read as such
        result = await checker.checkFile(bytes, opts);
        if (options.pair !== false || overrides.size) result.previous = result.previous || null;
      } catch (e) {
        result = unreadableResult(checker, names[i], lang, e);
      }
      results.push(result);
      progress({ done: i + 1, total, phase: 'checking', name: names[i], result });
      if (i % 4 === 3) await yieldToEventLoop();
    }
    return results;
  };
}
