// The nianbao checker over the WebAssembly core: platform-neutral (browser, worker, Node).
// It only turns bytes into text (BOMs, UTF-16, GB18030, .docx unzip) and forwards to the core;
// every decision about the report is the core's, so results equal the native CLI's.
//
// Build note: scripts/build-js.mjs copies this file to dist/ and also inlines it into the classic
// script dist/nianbao.js; keep its imports to the one line below and its exports as `export function`
// / `export const` declarations.
import { unzipSync } from './fflate.mjs';

const KINDS = ['auto', 'text', 'html', 'docx-xml', 'pdf-runs'];
const FORMATS = ['text', 'csv', 'sarif', 'json'];

// lang: "zh" or "en", or any BCP 47 tag whose language is one of them ("zh-CN", "zh-Hans-CN", "en-US",
// "EN"), as navigator.language and <html lang> give them. Other languages are refused, not guessed.
const BCP47 = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i;
export function normalizeLang(lang) {
  if (lang === undefined || lang === null || lang === '') return 'zh';
  const m = typeof lang === 'string' ? BCP47.exec(lang) : null;
  const primary = m ? m[1].toLowerCase() : '';
  if (primary === 'zh' || primary === 'en') return primary;
  throw new RangeError(`nianbao: lang must be "zh" or "en" or a BCP 47 tag of either (zh-CN, en-US), not ${JSON.stringify(lang)}`);
}
const langOf = normalizeLang;

function startsWith(bytes, prefix) {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function toBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new TypeError('nianbao: checkFile expects a File, Blob, ArrayBuffer or Uint8Array');
}

// A file as checkFile takes it (File, Blob, ArrayBuffer or typed array): its bytes, and its name (opts.name, else a
// File's own name, else '').
async function fileBytes(file, name) {
  let data = file;
  if (file && typeof file === 'object' && typeof file.arrayBuffer === 'function' && !ArrayBuffer.isView(file)) {
    if (name === undefined && typeof file.name === 'string') name = file.name;
    data = await file.arrayBuffer();
  }
  return { bytes: toBytes(data), name: name ? String(name) : '' };
}

function tryDecode(encoding, bytes) {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decides how a file's bytes become text, exactly as the native CLI does (cli/decode_file.cpp):
 * `.html`/`.htm` → html; ZIP magic → docx; UTF-8 BOM; UTF-16 LE/BE BOM; well-formed UTF-8 (the
 * core's own test when `isUtf8` is given); else GB18030; else the raw bytes, which the core
 * reports as input-unreadable. Returns {kind, encoding, text?, bytes?}: `text` when decoded here,
 * `bytes` when the (UTF-8 or undecodable) bytes go to the core as they are.
 */
export function decodeBytes(data, name = '', isUtf8 = null) {
  const bytes = toBytes(data);
  const kind = /\.html?$/i.test(name) ? 'html' : 'text';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'docx', encoding: 'binary', bytes };
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind, encoding: 'utf-8', bytes: bytes.subarray(3) };
  for (const [bom, encoding] of [[[0xff, 0xfe], 'utf-16le'], [[0xfe, 0xff], 'utf-16be']]) {
    if (!startsWith(bytes, bom)) continue;
    const text = tryDecode(encoding, bytes.subarray(2));
    return text === null ? { kind, encoding, bytes } : { kind, encoding, text };
  }
  const utf8 = isUtf8 ? isUtf8(bytes) : tryDecode('utf-8', bytes) !== null;
  if (utf8) return { kind, encoding: 'utf-8', bytes };
  const text = tryDecode('gb18030', bytes);
  return text === null ? { kind, encoding: 'unknown', bytes } : { kind, encoding: 'gb18030', text };
}

// The native CLI's limit (cli/unzip.hpp kMaxUnzippedBytes): a larger document is a zip bomb, refused
// before inflating.
const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;

// word/document.xml of a .docx: {xml} or {error}, error as the core's unpack_error names it (as the
// native CLI classifies its own failures): docx-too-large, docx-no-document, docx-damaged.
function unpackDocx(bytes) {
  let tooLarge = false;
  try {
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (f.name !== 'word/document.xml') return false;
        if (f.originalSize > MAX_UNZIPPED_BYTES) tooLarge = true;
        return !tooLarge;
      },
    });
    if (tooLarge) return { error: 'docx-too-large' };
    const xml = files['word/document.xml'];
    return xml ? { xml } : { error: 'docx-no-document' };
  } catch {
    return { error: tooLarge ? 'docx-too-large' : 'docx-damaged' };
  }
}

/** word/document.xml of a .docx (a ZIP), or null when there is none. */
export function docxDocumentXml(bytes) {
  return unpackDocx(bytes).xml || null;
}

const utf8Decoder = new TextDecoder('utf-8');

/**
 * Last year's report as the core's `previous` option from text, HTML or .docx bytes: the text (decoded as
 * checkFile decodes it), or word/document.xml of a .docx with previousKind 'docx-xml'. Null when it has no
 * text at all. A PDF or an OFD needs a reader: checker.previousFrom.
 */
export function previousInput(bytes, name) {
  const d = decodeBytes(bytes, name);
  if (d.kind === 'docx') {
    const xml = docxDocumentXml(d.bytes);
    return xml ? { previous: utf8Decoder.decode(xml), previousKind: 'docx-xml', previousName: name } : null;
  }
  const text = d.text !== undefined ? d.text : utf8Decoder.decode(d.bytes);
  return { previous: text, previousKind: d.kind === 'html' ? 'html' : 'auto', previousName: name };
}

// Last year's report (a string: text, HTML, or word/document.xml with previousKind 'docx-xml') and a
// publication date, as the core's option names (see js/batch.mjs for files).
function previousOptions(opts) {
  const o = {};
  if (typeof opts.previous === 'string') o.previous = opts.previous;
  if (opts.previousKind) o.previous_kind = String(opts.previousKind);
  if (opts.previousName) o.previous_name = String(opts.previousName);
  if (opts.published) o.published = String(opts.published);
  return o;
}

// A result of the usual shape for when the core itself could not answer (a trap in WebAssembly).
function failureResult(name, encoding, lang, why) {
  const message = lang === 'en'
    ? `Internal error: this input could not be checked (${why}); please report the file to the nianbao maintainers.`
    : `内部错误，无法检查此输入（${why}）；请将文件报告给 nianbao 的维护者。`;
  return {
    file: name || '',
    input: { kind: 'text', encoding: encoding || 'utf-8', chars: 0 },
    report: null,
    diagnostics: [{ rule: 'input-unreadable', severity: 'error', message, at: { offset: 0, length: 0, line: 1, column: 1 } }],
    summary: { errors: 1, warnings: 0, infos: 0, checks_run: 0, not_assessable: 0 },
  };
}

// Fetches and compiles nianbao-core.wasm from `url`; every failure names the URL (Emscripten's own
// message, "both async and sync fetching of the wasm failed", does not).
async function compileFrom(url) {
  let where = String(url);
  try {
    if (typeof location !== 'undefined' && location.href) where = new URL(where, location.href).href;  // the URL fetched
  } catch {
    // not a URL relative to the page: named as given
  }
  let response;
  try {
    response = await fetch(where, { credentials: 'same-origin' });
  } catch (e) {
    throw new Error(`nianbao: could not fetch the WebAssembly module ${where}: ${e && e.message || e}`);
  }
  if (!response.ok) {
    throw new Error(`nianbao: could not fetch the WebAssembly module ${where}: HTTP ${response.status}; serve nianbao-core.wasm there or pass {wasmUrl}`);
  }
  const type = response.headers && response.headers.get('content-type');
  try {
    if (typeof WebAssembly.compileStreaming === 'function' && /^application\/wasm\b/i.test(type || '')) {
      return await WebAssembly.compileStreaming(response);
    }
    return await WebAssembly.compile(await response.arrayBuffer());
  } catch (e) {
    throw new Error(`nianbao: ${where} is not a usable WebAssembly module (${e && e.message || e}); a Content-Security-Policy needs script-src 'wasm-unsafe-eval'`);
  }
}

// Where the core's WebAssembly comes from, in order: wasmModule (compiled), wasmBinary (bytes), wasmUrl,
// locateFile('nianbao-core.wasm', ''), then the entry's default URL (new URL(…, import.meta.url) in
// split.mjs); null when the factory carries the module itself (the single-file build).
async function wasmModuleOf(options) {
  if (options.wasmModule) return options.wasmModule;
  if (options.wasmBinary) {
    try {
      return await WebAssembly.compile(options.wasmBinary);
    } catch (e) {
      throw new Error(`nianbao: wasmBinary is not a usable WebAssembly module (${e && e.message || e})`);
    }
  }
  const url = options.wasmUrl || (options.locateFile && options.locateFile('nianbao-core.wasm', '')) || options.defaultWasmUrl;
  return url ? compileFrom(url) : null;
}

/**
 * Loads the WebAssembly core once and returns the checker.
 * options.moduleFactory: the Emscripten factory (createNianbaoModule) of dist/nianbao-core.mjs or
 *   dist/nianbao-core.single.mjs; defaults to a global createNianbaoModule (classic script).
 * options.wasmModule / wasmBinary / wasmUrl / locateFile: where the .wasm comes from (see wasmModuleOf).
 */
export async function createChecker(options = {}) {
  const factory = options.moduleFactory || globalThis.createNianbaoModule;
  if (typeof factory !== 'function') {
    throw new TypeError('nianbao: no WebAssembly module factory: pass {moduleFactory} or load nianbao-core.single.mjs first');
  }
  const moduleOptions = {
    print: () => {},
    printErr: (s) => { if (typeof console !== 'undefined') console.warn('nianbao:', s); },
  };
  // Compiled once: a reload after a trap instantiates the same module again without fetching.
  const compiled = await wasmModuleOf(options);
  const instantiate = () => {
    if (!compiled) return factory({ ...moduleOptions });
    return new Promise((resolve, reject) => {
      const instantiateWasm = (imports, receive) => {
        WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled), (e) => {
          reject(new Error(`nianbao: instantiating the WebAssembly module failed: ${e && e.message || e}`));
        });
        return {};
      };
      Promise.resolve(factory({ ...moduleOptions, instantiateWasm })).then(resolve, reject);
    });
  };

  let mod = await instantiate();
  let reloading = null;  // a fresh instance being made after a trap
  // WebAssembly memory grows and never shrinks: after a check of a huge paste the instance would keep
  // its gigabyte for the life of the page. Above this many bytes a fresh instance (of the module compiled
  // once) replaces it; the old one, and its memory, go to the garbage collector. Until the new one is
  // ready the old one keeps answering, so no call ever waits or fails for it.
  const releaseAbove = Number.isFinite(options.releaseMemoryAbove) ? options.releaseMemoryAbove : 256 * 1024 * 1024;
  let replacing = null;  // a fresh instance being made to give memory back
  const memoryBytes = () => (mod && mod.HEAPU8 ? mod.HEAPU8.buffer.byteLength : 0);
  function giveMemoryBack() {
    if (replacing || reloading || !mod || memoryBytes() <= releaseAbove) return replacing;
    replacing = Promise.resolve(instantiate()).then(
      (m) => { if (!reloading) mod = m; replacing = null; },
      () => { replacing = null; });  // the old instance stays: it works, it only holds memory
    return replacing;
  }
  let rulesText = null;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const utf8 = (v) => (typeof v === 'string' ? v : decoder.decode(v));

  // A trap (abort, out of bounds, out of memory: WebAssembly.RuntimeError; stack overflow: RangeError)
  // leaves the instance unusable: make a new one. Other errors (an argument Embind refuses) are the
  // caller's and leave the instance as it was.
  const isTrap = (e) => e instanceof WebAssembly.RuntimeError || e instanceof RangeError;
  function reload() {
    mod = null;
    if (!reloading) {
      reloading = Promise.resolve(instantiate()).then(
        (m) => { mod = m; reloading = null; },
        () => { reloading = null; });
    }
  }
  async function ready() {
    if (!mod && !reloading) reload();
    while (!mod && reloading) await reloading;
    if (!mod) throw new Error('nianbao: the WebAssembly module could not be reloaded');
  }

  // fn 'check' / 'extract' give the result object; 'checkRendered' gives {result, html} (the page's one call:
  // the result and its rendering under opts.render, html '' when the input was refused before checking).
  function runCheck(fn, bytes, opts, lang) {
    const rendered = fn === 'checkRendered';
    const wrap = (result, html = '') => (rendered ? { result, html } : result);
    const optionsJson = JSON.stringify(opts);
    if (!mod) return wrap(failureResult(opts.name, opts.encoding, lang, 'module reloading'));
    let out;
    try {
      // over the limit: refused without copying the input into WebAssembly memory (same result as the core's)
      if (bytes.length > mod.maxInputBytes && mod.checkTooLarge) return wrap(JSON.parse(mod.checkTooLarge(bytes.length, optionsJson)));
      out = mod[fn](bytes, optionsJson);
    } catch (e) {
      if (!isTrap(e)) throw e;
      reload();
      return wrap(failureResult(opts.name, opts.encoding, lang, String(e && e.message || e)));
    }
    giveMemoryBack();
    // check/extract/checkRendered: UTF-8 views into WebAssembly memory, valid until the next call (wasm/bindings.cpp)
    return rendered ? { result: JSON.parse(utf8(out.result)), html: utf8(out.html) } : JSON.parse(utf8(out));
  }

  function callText(fn, ...args) {
    if (!mod) throw new Error('nianbao: the WebAssembly module is reloading after a failure; try again');
    let out;
    try {
      out = mod[fn](...args);
    } catch (e) {
      if (!isTrap(e)) throw e;
      reload();
      throw new Error(`nianbao: ${fn} failed in WebAssembly: ${e && e.message || e}`);
    }
    giveMemoryBack();
    if (out === '') {
      const why = mod.lastError();
      // A result that is no result (malformed JSON, absurd nesting) is a wrong argument: TypeError.
      if (why) throw new (why.startsWith('not a result: ') ? TypeError : Error)(`nianbao: ${fn}: ${why}`);
    }
    return out;
  }

  function textOptions(opts) {
    const kind = opts.kind === undefined || opts.kind === null ? 'auto' : opts.kind;
    if (!KINDS.includes(kind)) throw new RangeError(`nianbao: kind must be one of ${KINDS.join(', ')}`);
    const lang = langOf(opts.lang);
    const o = { kind, lang, name: opts.name ? String(opts.name) : '', encoding: opts.encoding || 'utf-8' };
    if (opts.inputKind) o.input_kind = String(opts.inputKind);
    if (opts.identify) o.identify = true;
    // A file that could not be opened or read at all: the core's input-unreadable result for it, worded
    // as the native CLI's (the input, '' here, is not read).
    if (opts.unopenable) Object.assign(o, { unpack_error: 'unopenable', encoding: 'binary', input_kind: 'text' });
    Object.assign(o, previousOptions(opts));
    return o;
  }

  function textIn(fn, input, opts = {}, render = undefined) {
    if (typeof input !== 'string') throw new TypeError('nianbao: input must be a string (use checkFile for bytes)');
    const o = textOptions(opts);
    if (render) o.render = render;
    return runCheck(fn, encoder.encode(input), o, o.lang);
  }

  const isUtf8 = (bytes) => {
    if (!mod) return tryDecode('utf-8', bytes) !== null;
    try {
      return mod.isUtf8(bytes);
    } catch (e) {
      if (!isTrap(e)) throw e;
      reload();
      return tryDecode('utf-8', bytes) !== null;
    }
  };

  // Files are checked asynchronously: the answer waits for a replacement started by this check, so memory is
  // back when the promise resolves.
  async function fileIn(fn, file, opts = {}, render = undefined) {
    const result = await fileCheck(fn, file, opts, render);
    await replacing;
    return result;
  }

  async function fileCheck(fn, file, opts = {}, render = undefined) {
    const { bytes, name } = await fileBytes(file, opts.name);
    const lang = langOf(opts.lang);
    await ready();
    const d = decodeBytes(bytes, name, isUtf8);
    const base = { lang, name };
    if (opts.identify) base.identify = true;
    Object.assign(base, previousOptions(opts));
    if (render) base.render = render;
    // PDF/OFD: options.readPositioned (js/pdf-node.mjs in Node, web/src/pdf/ in the page) gives runs JSON.
    const positioned = options.readPositioned ? await options.readPositioned(d.bytes || bytes, name) : null;
    if (positioned) return runCheck(fn, encoder.encode(positioned.json), { ...base, kind: 'pdf-runs', encoding: 'utf-8', input_kind: positioned.kind }, lang);
    if (d.kind === 'docx') {
      const { xml, error } = unpackDocx(d.bytes);
      if (xml) return runCheck(fn, xml, { ...base, kind: 'docx-xml', encoding: 'utf-8', input_kind: 'docx' }, lang);
      // Not a readable .docx: the core says input-unreadable with the reason, as the native CLI does.
      return runCheck(fn, d.bytes, { ...base, kind: 'auto', encoding: 'binary', input_kind: 'docx', unpack_error: error }, lang);
    }
    const input = d.text !== undefined ? encoder.encode(d.text) : d.bytes;
    return runCheck(fn, input, { ...base, kind: d.kind === 'html' ? 'html' : 'auto', encoding: d.encoding }, lang);
  }

  // Last year's report as check options, read as checkFile reads a file: PDF and OFD into runs by
  // options.readPositioned (a PDF that cannot be read gives runs that say why, and the core reports last year's
  // report unreadable), anything else by previousInput. Null when there is nothing to compare with.
  async function previousFrom(file, opts = {}) {
    const { bytes, name } = await fileBytes(file, opts.name);
    let positioned = null;
    try {
      positioned = options.readPositioned ? await options.readPositioned(bytes, name) : null;
    } catch (e) {
      return null; // the reader itself failed: checked without last year's report rather than with its bytes as text
    }
    if (positioned) return { previous: positioned.json, previousKind: 'pdf-runs', previousName: name };
    return previousInput(bytes, name);
  }

  // text, csv and sarif take an array of results (one result is wrapped); json prints the value as given.
  function resultsJson(results, format) {
    return JSON.stringify(Array.isArray(results) || format === 'json' ? results : [results]);
  }

  const checker = {
    /** Checks one report given as text: the result object of OUTPUT.md. Never throws for bad input. */
    check: (input, opts) => textIn('check', input, opts),
    /** The reading half only (no rules): a result object whose `report` is the parsed report. */
    extract: (input, opts) => textIn('extract', input, opts),
    /** Decodes a File/Blob/ArrayBuffer/Uint8Array (encodings, .docx) and checks it. */
    checkFile: (file, opts) => fileIn('check', file, opts),
    /** As checkFile, without the rules (what `nianbao extract` prints is its `report`). */
    extractFile: (file, opts) => fileIn('extract', file, opts),
    /** Last year's report from a file (text, HTML, .docx, PDF, OFD) as check options {previous, previousKind, previousName}, or null. */
    previousFrom,
    /** The report redrawn as the official tables, problems highlighted: safe, self-contained HTML. */
    render(result, opts = {}) {
      if (!result || typeof result !== 'object') throw new TypeError('nianbao: render expects a result object');
      return callText('render', JSON.stringify(result), langOf(opts.lang), Boolean(opts.fragment));
    },
    /** Results (one or an array) as the CLI prints them: 'text', 'csv', 'sarif' or 'json'. */
    format(results, format = 'text', opts = {}) {
      if (!results || typeof results !== 'object') throw new TypeError('nianbao: format expects a result or an array of results');
      if (!FORMATS.includes(format)) throw new RangeError(`nianbao: format must be one of ${FORMATS.join(', ')}`);
      return callText('renderFormat', resultsJson(results, format), format, langOf(opts.lang));
    },
    /** The rule catalogue: id, severity, title and description (zh, en), … */
    rules() {
      if (rulesText === null) rulesText = callText('rules');
      return JSON.parse(rulesText);
    },
    /** Operations the checker page (web/) uses: the render contract, its stylesheet, paste and cell writes. */
    page: Object.freeze({
      render: (result, opts = {}) => callText('renderWith', JSON.stringify(result), JSON.stringify(opts)),
      /** check() and the rendering of its result under the render contract `render`, in one call: {result, html}. */
      checkAndRender: (input, opts = {}, render = {}) => textIn('checkRendered', input, opts, render),
      /** checkFile() and the rendering of its result, in one call: {result, html}. */
      checkFileAndRender: (file, opts = {}, render = {}) => fileIn('checkRendered', file, opts, render),
      stylesheet: () => callText('stylesheet'),
      isWholeReport: (text, html = false) => Boolean(mod && mod.isWholeReport(String(text), Boolean(html))),
      cellWrite: (before, current, after, value, html = false) => JSON.parse(callText('cellWrite', String(before), String(current), String(after), String(value), Boolean(html))),
    }),
    /**
     * Review marks (docs/review-marks.md) applied to results (one or an array): a copy whose marked diagnostics
     * carry `review` {status, reason}. `marks` is the marks file's text or object. Throws when it is no marks file.
     */
    applyReviewMarks(results, marks) {
      if (!results || typeof results !== 'object') throw new TypeError('nianbao: applyReviewMarks expects a result or an array of results');
      const text = typeof marks === 'string' ? marks : JSON.stringify(marks);
      return JSON.parse(callText('applyReviewMarks', JSON.stringify(results), text));
    },
    /** Errors that carry no review mark, over one result or an array: what fails a check run. */
    openErrors: (results) => callText('openErrors', JSON.stringify(results)),
    /** For each {agency, title, year}, the index of the same body's previous-year entry or null. */
    pairReports: (entries) => JSON.parse(callText('pairReports', JSON.stringify(entries))),
    /** Version of the core. */
    version: () => callText('version'),
    /**
     * Bytes of WebAssembly memory held by the instance. It grows with the largest input and never shrinks,
     * except that above options.releaseMemoryAbove (256 MiB) after a call a fresh instance replaces it.
     */
    memoryBytes,
  };
  return Object.freeze(checker);
}
