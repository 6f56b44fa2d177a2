// pdf.js in the page, started only when a PDF is opened. The build (web/build.mjs) stores the PDF part as one
// ZIP (deflated, base64): pdfjs.js (pdf.js + the package's extractor, a classic script), pdfjs-worker.js
// (pdf.js's worker as a classic script) and cmaps/*.bcmap (pdf.js's Chinese character maps). It reaches the
// page as a data block (<script type="application/x-nianbao-pdf" id="nianbao-pdf-data"> in the one-file
// nianbao.html) or as the script nianbao-pdf.js beside nianbao-web.js (the served page, loaded on demand).
// Nothing is fetched: scripts run from blob: URLs, the worker is handed to pdf.js as a port (PDFWorker's `port`,
// what GlobalWorkerOptions.workerPort does; from file:// Chromium refuses module workers from blob: URLs), and the
// CMaps are read from the ZIP by a BinaryDataFactory instead of from cMapUrl.
// A host page whose Content-Security-Policy allows blob: scripts but no blob: worker (worker-src 'self') still
// reads PDF: pdf.js's worker code then runs on the main thread (pdf.js's "fake worker", found through
// globalThis.pdfjsWorker, which that code sets), slower, and the element says so (pdfOnMainThread()).
import { unzipSync, strFromU8 } from 'fflate';

/** The browsers pdfjs-dist 5 supports (its legacy build): below them PDF is refused with a message. */
export const PDF_BROWSER_FLOOR = 'Chrome/Edge 110, Firefox 115, Safari 16.4';

// Where nianbao-web.js was loaded from: nianbao-pdf.js sits beside it (served page, npm ./element).
const scriptBase = (() => {
  try {
    const src = typeof document !== 'undefined' && document.currentScript && document.currentScript.src;
    return src ? new URL('.', src).href : '';
  } catch (e) {
    return '';
  }
})();
let pdfDataUrl = null; // configurePdf({pdfUrl}) overrides

/** Page-wide option: {pdfUrl}, the URL of nianbao-pdf.js when it is not beside nianbao-web.js. */
export function configurePdf(opts = {}) {
  if (opts.pdfUrl !== undefined) pdfDataUrl = opts.pdfUrl ? String(opts.pdfUrl) : null;
}

/** True when the browser has what pdf.js 5 (legacy build) needs natively. */
export function pdfSupported() {
  const g = globalThis;
  return (
    typeof g.Worker === 'function' &&
    typeof g.Path2D === 'function' &&
    typeof g.ReadableStream === 'function' &&
    typeof g.structuredClone === 'function' &&
    typeof Array.prototype.toSorted === 'function' && // Chrome 110, Firefox 115, Safari 16
    typeof g.URL === 'function' && typeof URL.createObjectURL === 'function'
  );
}

function base64Bytes(b64) {
  const bin = atob(b64.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function loadClassicScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => {
      s.remove();
      resolve();
    };
    s.onerror = () => {
      s.remove();
      reject(new Error(`the PDF reader could not be loaded from ${src}`));
    };
    (document.head || document.documentElement).appendChild(s);
  });
}

// The stored PDF part, base64: from the page's data block, or from nianbao-pdf.js (loaded once).
async function payloadBase64() {
  const block = typeof document !== 'undefined' && document.getElementById('nianbao-pdf-data');
  if (block && block.textContent.trim()) return block.textContent;
  if (!globalThis.NianbaoPdfData) await loadClassicScript(pdfDataUrl || `${scriptBase}nianbao-pdf.js`);
  if (typeof globalThis.NianbaoPdfData !== 'string') throw new Error('the PDF reader (nianbao-pdf.js) is missing');
  return globalThis.NianbaoPdfData;
}

function runCode(code) {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  return loadClassicScript(url).finally(() => URL.revokeObjectURL(url));
}

let started = null;
let mainThread = false;

/** True once pdf.js runs without a worker (the page may not start one): reading is slower, the page says so. */
export const pdfOnMainThread = () => mainThread;

// pdf.js's worker from its classic script, or null when the page may not start it: Chromium throws at once
// under a CSP without blob: workers, other browsers report an error event. pdf.js's worker says "ready" once
// its code has run; that message (or the error) decides.
function startWorker(code) {
  return new Promise((resolve) => {
    let url = null;
    let worker;
    try {
      url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
      worker = new Worker(url);
    } catch (e) {
      if (url) URL.revokeObjectURL(url);
      resolve(null);
      return;
    }
    const done = (w) => {
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      if (!w) worker.terminate();
      setTimeout(() => URL.revokeObjectURL(url), w ? 60000 : 0);
      resolve(w);
    };
    const onMessage = () => done(worker);
    const onError = (e) => {
      if (e && e.preventDefault) e.preventDefault();
      done(null);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    // neither answer nor error (a browser that drops the worker silently): pdf.js on the main thread then
    const timer = setTimeout(() => done(null), 30000);
  });
}

/**
 * Starts pdf.js once: {pdfjs, pdfToRuns, runsToJson, BinaryDataFactory, worker} (pass both to getDocument). Rejects with {tooOld: true} on a
 * browser below PDF_BROWSER_FLOOR, and with a plain error when the PDF part cannot be started (a host page
 * whose Content-Security-Policy forbids blob: scripts, a missing nianbao-pdf.js).
 */
export function startPdfjs() {
  if (!started) {
    started = (async () => {
      if (!pdfSupported()) throw Object.assign(new Error('browser too old for pdf.js'), { tooOld: true });
      // the ZIP, kept for the CMaps: each is inflated when pdf.js first asks for it
      const zipped = base64Bytes(await payloadBase64());
      const files = unzipSync(zipped, { filter: (f) => !f.name.startsWith('cmaps/') });
      await runCode(strFromU8(files['pdfjs.js']));
      const api = globalThis.NianbaoPdfjs;
      // The script loaded but did not run to the end: a syntax or a built-in this browser lacks.
      if (!api || !api.pdfjs) throw Object.assign(new Error('pdf.js did not start in this browser'), { tooOld: true });
      const worker = await startWorker(files['pdfjs-worker.js']);
      if (!worker) {
        // The worker's code on the main thread: it sets globalThis.pdfjsWorker, and a PDFWorker without a port
        // then runs it in the page (pdf.js's fake worker).
        await runCode(strFromU8(files['pdfjs-worker.js']));
        if (!globalThis.pdfjsWorker || !globalThis.pdfjsWorker.WorkerMessageHandler) throw new Error('pdf.js could not start without a worker');
        mainThread = true;
      }
      // One PDFWorker for every document (over the worker's port, or the fake one): a loading task given a worker
      // leaves it running when the document is destroyed (one that made its own would take the shared port down).
      const pdfWorker = worker ? new api.pdfjs.PDFWorker({ port: worker }) : new api.pdfjs.PDFWorker();
      const cmaps = new Map();
      class BundledData {
        async fetch({ kind, filename }) {
          if (kind === 'cMapUrl') {
            const name = `cmaps/${filename}`;
            if (!cmaps.has(name)) cmaps.set(name, unzipSync(zipped, { filter: (f) => f.name === name })[name] || null);
            const data = cmaps.get(name);
            if (data) return data.slice();
          }
          throw new Error(`${filename} is not in the page`); // pdf.js then does without it (standard fonts)
        }
      }
      return { ...api, BinaryDataFactory: BundledData, worker: pdfWorker };
    })();
    started.catch(() => {
      started = null;
    });
  }
  return started;
}
