// The checking engine as the page sees it: check + render, on the main thread for ordinary input,
// in a Web Worker for large input: from a Blob of inlined code (so it also works from file://), or from
// a file when the page sets a worker URL (a Content-Security-Policy without blob: workers).
// One core: compiled once (core-module.js) as the page loads, instantiated on the main thread (main-checker.js),
// and handed to the worker as a WebAssembly.Module.
import workerSource from 'nianbao-worker-source';
import exampleText from '../example-report.txt';
import { checkAndRender, checkFileAndRender, readableText, renderResult } from './engine-core.js';
import { coreBytes, coreModule } from './core-module.js';
import { mainChecker, setPositionedReader } from './main-checker.js';
import { isPdf, isOfd, pagePositionedReader } from './pdf/pdf-read.js';

// Characters (or bytes for files) above which checking moves to the worker. WebAssembly checks a typical
// 10 000-character report in tens of milliseconds and grows linearly (bench/), but on slow office PCs
// anything much above 30 000 characters could be felt while typing, so it goes off the main thread.
export const LARGE_INPUT = 30000;

// Inputs above this many UTF-16 units are certainly over the core's 16 MiB limit: checked (refused) on the
// main thread, never copied to the worker.
const REFUSED_UNITS = 16 * 1024 * 1024;

// The language of the PDF being read (a PDF that cannot be read is explained in it).
let pdfLang = 'zh';
setPositionedReader(pagePositionedReader(() => pdfLang));
// Start at once (in the single file the first script has already): the page is ready to check when the clerk
// first pastes.
if (typeof window !== 'undefined') mainChecker().catch(() => {});

let workerUrl = null; // set by configureEngine({workerUrl}); null: a Blob of the inlined worker

/** Page-wide engine options: {workerUrl} (the URL of nianbao-worker.js, for CSPs that forbid blob: workers). */
export function configureEngine(opts = {}) {
  if (opts.workerUrl !== undefined) workerUrl = opts.workerUrl ? String(opts.workerUrl) : null;
}

export class WorkerClient {
  constructor() {
    if (workerUrl) {
      this.worker = new Worker(workerUrl);
    } else {
      const url = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
      this.worker = new Worker(url);
      URL.revokeObjectURL(url);
    }
    this.pending = new Map();
    this.seq = 0;
    // A worker says hello as it starts. Chromium blocks a worker that the host page's CSP forbids without an
    // error or an exception, so one that has not said hello in time is taken as blocked: the checks then run
    // on the main thread instead of waiting for ever.
    this.alive = new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.broken = true;
        workersBlocked = true;
        resolve(false);
      }, HELLO_TIMEOUT_MS);
      this.worker.addEventListener('message', (e) => {
        if (e.data && e.data.op === 'hello') {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    // The core first: the compiled Module (or its bytes where a Module cannot be posted).
    coreModule().then((module) => {
      try {
        this.worker.postMessage({ op: 'core', module });
      } catch (e) {
        coreBytes().then((wasm) => this.worker.postMessage({ op: 'core', wasm }));
      }
    }, () => {});
    this.worker.onmessage = (e) => {
      const { id, ok, value, error } = e.data;
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      ok ? p.resolve(value) : p.reject(new Error(error));
    };
    this.worker.onerror = (e) => {
      e.preventDefault();
      const err = new Error(e.message || 'worker failed');
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.broken = true;
    };
  }
  busy() {
    return this.pending.size > 0;
  }
  terminate() {
    this.worker.terminate();
    const err = new Error('superseded');
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.broken = true;
  }
  async call(op, payload, transfer) {
    if (!(await this.alive)) throw new Error('worker unavailable');
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, ...payload }, transfer || []);
    });
  }
}

let workerClient = null;
let workersBlocked = false; // a worker never started (a CSP without blob: workers): do not try again
const HELLO_TIMEOUT_MS = 5000;
function getWorker() {
  if (workersBlocked) return null;
  // a check still running is for text that has changed since: stop it rather than queue behind it
  if (workerClient && !workerClient.broken && workerClient.busy()) workerClient.terminate();
  if (workerClient && !workerClient.broken) return workerClient;
  try {
    workerClient = new WorkerClient();
  } catch (e) {
    workerClient = null; // e.g. a host page whose CSP forbids blob: workers: fall back to the main thread
  }
  return workerClient;
}

// The first check on a freshly compiled core takes 200-550 ms in Chromium: the browser compiles each function of
// the module when it is first called (lazy compilation), and a check reaches most of them. The worker's checker
// is an instance of the same WebAssembly.Module, and compiled code belongs to the module: so as soon as the
// main thread's checker is ready, the worker checks a report (the built-in example) a few times, off the main
// thread, and the clerk's first paste runs code already compiled (and partly optimised). Once per page; nothing
// when workers are blocked. performance.mark('nianbao-warm') says when it is done (bench/, the tests).
const WARM_TIMES = 3;
let warming = null;
function warmUp() {
  if (!warming) {
    warming = mainChecker()
      .then(() => {
        const w = getWorker();
        return w ? w.call('warm', { input: exampleText, opts: { kind: 'auto', lang: 'zh', editable: true }, times: WARM_TIMES }) : false;
      })
      .then(
        (done) => {
          if (done && typeof performance !== 'undefined' && performance.mark) performance.mark('nianbao-warm');
          return done;
        },
        () => false,
      );
  }
  return warming;
}

// Text work on `input`: in the worker (its `op`) when the input is large, else, or when no worker answers, on the
// main thread's checker (onMain(checker, input, opts)). A check superseded by a newer one is not run again.
async function largeInWorker(op, input, opts, onMain) {
  if (input.length > LARGE_INPUT && input.length <= REFUSED_UNITS) {
    const w = getWorker();
    if (w) {
      try {
        return await w.call(op, { input, opts });
      } catch (e) {
        if (e.message === 'superseded') throw e;
        /* else fall through to the main thread */
      }
    }
  }
  return onMain(await mainChecker(), input, opts);
}

/** The engine used by the element. Every call resolves to {result, html}. */
export const engine = {
  /** The main thread's checker; asking for it also starts the warm-up (after the page has set its worker URL). */
  ready() {
    if (typeof window !== 'undefined') warmUp();
    return mainChecker();
  },
  async check(input, opts) {
    return largeInWorker('check', input, opts, checkAndRender);
  },
  /**
   * The text the core reads from `input` (an HTML page: its prose and tables, rows tab-separated), '' when it
   * reads none: the reading half alone, no rules and no rendering (the text is checked when the editor shows it).
   */
  async readableText(input, opts) {
    return largeInWorker('readable', input, opts, readableText);
  },
  async checkFile(bytes, opts) {
    // A PDF is read on the main thread's checker, whose readPositioned runs pdf.js (in pdf.js's own worker); so
    // is an OFD (its runs are read there too).
    if (isPdf(bytes) || isOfd(bytes)) {
      pdfLang = opts.lang === 'en' ? 'en' : 'zh';
      return checkFileAndRender(await mainChecker(), bytes, opts);
    }
    if (bytes.byteLength > LARGE_INPUT) {
      const w = getWorker();
      if (w) {
        try {
          const copy = bytes.slice();
          return await w.call('checkFile', { bytes: copy, opts }, [copy.buffer]);
        } catch (e) {
          if (e.message === 'superseded') throw e;
        }
      }
    }
    return checkFileAndRender(await mainChecker(), bytes, opts);
  },
  async format(results, fmt, lang) {
    const c = await mainChecker();
    return c.format(results, fmt, { lang });
  },
  /** The core's decision for a paste into a non-empty editor: does it replace the report? */
  async isWholeReport(text, html) {
    const c = await mainChecker();
    return c.page ? c.page.isWholeReport(text, html) : false;
  },
  /** What to write into a cell's source range: {text, kind} (kind "text" = not a number, refused). */
  async cellWrite(before, current, after, value, html) {
    const c = await mainChecker();
    if (c.page) return c.page.cellWrite(before, current, after, value, html);
    return { text: String(value), kind: 'number' };
  },
  /** The rule catalogue (the same rows the docs/rules pages are generated from). */
  /** For each {agency, title, year}, the index of the same body's previous-year entry or null (the core's pairing). */
  async pairReports(entries) {
    const c = await mainChecker();
    return c.pairReports(entries);
  },
  async rules() {
    const c = await mainChecker();
    return c.rules();
  },
  async render(result, opts) {
    return renderResult(await mainChecker(), result, opts);
  },
};
