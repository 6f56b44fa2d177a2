// Many reports at once in the page: a pool of Web Workers (the page's own worker client, engine.js, each
// instantiated from the one compiled WebAssembly.Module), sized to the machine, so the page stays responsive.
// Two passes as in the package's checkMany (js/batch.mjs): read each report's agency and year, let the core
// pair consecutive years (engine.pairReports), then check each report with last year's beside it.
import { WorkerClient, engine } from '../engine.js';
import { isPdf, isOfd, pagePositionedReader } from '../pdf/pdf-read.js';
import { batchOp } from './worker-ops.js';

// A worker holds its own instance of the core (tens of MB): more than a few buys little on office PCs.
const MAX_WORKERS = 4;

/** One worker per core, at most MAX_WORKERS (the main thread only reads files and draws the table). */
export function poolSize() {
  const n = (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2;
  return Math.max(1, Math.min(MAX_WORKERS, n));
}

// A result for a file no worker could handle (it could not be read, or its worker died on it): reported for
// that file like the core's input-unreadable, never dropped.
function failedResult(name, why, lang) {
  return {
    file: name, input: { kind: 'text', encoding: 'binary', chars: 0 }, report: null, previous: null,
    diagnostics: [{ rule: 'input-unreadable', severity: 'error', message: lang === 'en' ? `This file cannot be read (${why})` : `无法读取此文件（${why}）`, at: { offset: 0, length: 0, line: 1, column: 1 } }],
    summary: { errors: 1, warnings: 0, infos: 0, checks_run: 0, not_assessable: 0 },
  };
}

// Where a page cannot start workers (a Content-Security-Policy without blob: workers and no worker-url), the
// batch runs on the main thread's checker: slower to answer clicks, but every file is still checked.
const mainThreadClient = {
  call: async (op, payload) => batchOp(await engine.ready(), { op, ...payload }),
  terminate() {},
};

// A worker that has not said hello by then is taken as blocked (Chromium blocks a worker under a CSP without a
// catchable error): its files go to the main thread. Starting the worker's script takes milliseconds.
const WORKER_START_MS = 5000;

function newClient() {
  let c;
  try {
    c = new WorkerClient();
  } catch (e) {
    return Promise.resolve(mainThreadClient);
  }
  return new Promise((resolve) => {
    const hello = (e) => {
      if (!e.data || e.data.op !== 'hello') return;
      clearTimeout(timer);
      c.worker.removeEventListener('message', hello);
      resolve(c);
    };
    const timer = setTimeout(() => {
      c.terminate();
      resolve(mainThreadClient);
    }, WORKER_START_MS);
    c.worker.addEventListener('message', hello);
  });
}

async function bytesOf(file) {
  return new Uint8Array(await file.arrayBuffer());
}

// A file the page could not read (gone from the disk, refused by the browser): the core's result for a file
// that cannot be opened, as the CLI gives it.
async function unopenable(name, lang) {
  const checker = await engine.ready();
  return { ...checker.check('', { name, lang, unopenable: true }), previous: null };
}

// PDF is read by pdf.js, which the page runs from its main thread (web/src/pdf/), and OFD by the page's OFD
// reader there too: such a file goes to the main thread's checker, and as last year's report it is handed
// over as its runs (docs/runs.md).
const positioned = (bytes) => isPdf(bytes) || isOfd(bytes);
const clientFor = (c, bytes) => (positioned(bytes) ? mainThreadClient : c);

async function addPrevious(payload, transfer, prev, lang) {
  let bytes;
  try {
    bytes = await bytesOf(prev.file);
  } catch (e) {
    return; // last year's report cannot be read: checked without it (result.previous says so)
  }
  payload.prevName = prev.name;
  if (positioned(bytes)) {
    payload.prevRuns = (await pagePositionedReader(() => lang)(bytes)).json;
    return;
  }
  payload.prev = bytes;
  transfer.push(bytes.buffer);
}

/**
 * One report checked again on the main thread with `prev` ({file, name}, or null for none) as last year's
 * report: the pairing column's override (view.js).
 */
export async function checkOneWith(file, name, prev, lang) {
  let bytes;
  try {
    bytes = await bytesOf(file);
  } catch (e) {
    return unopenable(name, lang);
  }
  const payload = { bytes, name, lang };
  if (prev) await addPrevious(payload, [], prev, lang);
  return mainThreadClient.call('checkOne', payload);
}

/** Runs `job(client, i)` for i in 0..n-1 over `size` workers; onDone(i, value) as each ends. */
async function overPool(clients, n, job, onDone, stopped) {
  let next = 0;
  const lane = async (slot) => {
    while (next < n && !stopped()) {
      const i = next++;
      let value;
      try {
        if (!clients[slot]) clients[slot] = await newClient();
        value = { ok: true, value: await job(clients[slot], i) };
      } catch (e) {
        value = { ok: false, error: String((e && e.message) || e) };
        // the worker itself failed (it could not start under the page's CSP, or it died): this file again,
        // and the rest of this lane, on the main thread
        if (clients[slot].broken) {
          clients[slot].terminate();
          clients[slot] = mainThreadClient;
          try {
            value = { ok: true, value: await job(mainThreadClient, i) };
          } catch (e2) {
            value = { ok: false, error: String((e2 && e2.message) || e2) };
          }
        }
      }
      onDone(i, value);
    }
  };
  await Promise.all(clients.map((_, slot) => lane(slot)));
}

/**
 * Checks `files` (File objects; names from `names`). onProgress({phase, done, total}) and onResult(i, result)
 * as they come; onPairs(pairs) once the pairing is known. Resolves to {results, pairs} (pairs[i]: index of
 * last year's report or -1).
 * `control.stop = true` stops after the files under way.
 */
export async function runBatch(files, { names, lang, onProgress, onResult, onPairs = () => {}, control = {}, size = poolSize() }) {
  const total = files.length;
  const clients = new Array(Math.max(1, Math.min(size, total))).fill(null);
  const stopped = () => !!control.stop;
  try {
    // reading pass: agency, title, year, template
    const briefs = new Array(total).fill(null);
    let done = 0;
    await overPool(clients, total, async (c, i) => {
      const bytes = await bytesOf(files[i]);
      return clientFor(c, bytes).call('brief', { bytes, name: names[i], lang }, [bytes.buffer]);
    }, (i, v) => {
      briefs[i] = v.ok ? v.value : { agency: '', title: '', year: null, template: null };
      onProgress({ phase: 'reading', done: ++done, total });
    }, stopped);
    const pairs = total > 1 ? (await engine.pairReports(briefs.map(({ agency, title, year }) => ({ agency, title, year })))).map((p) => (p === null ? -1 : p)) : [-1];
    onPairs(pairs);
    // checking pass
    const results = new Array(total).fill(null);
    done = 0;
    await overPool(clients, total, async (c, i) => {
      let bytes;
      try {
        bytes = await bytesOf(files[i]);
      } catch (e) {
        return unopenable(names[i], lang);
      }
      const payload = { bytes, name: names[i], lang };
      const transfer = [bytes.buffer];
      if (pairs[i] >= 0) await addPrevious(payload, transfer, { file: files[pairs[i]], name: names[pairs[i]] }, lang);
      return clientFor(c, bytes).call('checkOne', payload, transfer);
    }, (i, v) => {
      results[i] = v.ok ? v.value : failedResult(names[i], v.error, lang);
      if (!results[i].file) results[i].file = names[i];
      onResult(i, results[i], briefs[i]);
      onProgress({ phase: 'checking', done: ++done, total });
    }, stopped);
    return { results, pairs, briefs };
  } finally {
    for (const c of clients) if (c) c.terminate();
  }
}
