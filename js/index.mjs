// `nianbao` (and `nianbao/split`) under Node: the glue of the split build with nianbao-core.wasm read
// from disk here (Node's fetch cannot read files), or from {wasmUrl}/{locateFile} when given.
// createWorkerChecker runs the checker in a worker thread (worker-node.mjs).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import createNianbaoModule from './nianbao-core.mjs';
import { createChecker as createWith } from './checker.mjs';
import { connectWorker, workerOptions } from './worker-client.mjs';

export { decodeBytes, docxDocumentXml, normalizeLang } from './checker.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

// A path, a file: URL (string or URL) or an http(s)/data URL (left to fetch) → the bytes or null.
function readWasm(where) {
  const s = String(where);
  if (/^(https?|data|blob):/i.test(s)) return null;
  try {
    return readFileSync(/^file:/i.test(s) ? new URL(s) : s);
  } catch (e) {
    throw new Error(`nianbao: could not read the WebAssembly module ${s}: ${e && e.code || e && e.message || e}`);
  }
}

/** Loads the WebAssembly core once and returns the checker (see index.d.ts). */
export async function createChecker(options = {}) {
  const o = { ...options };
  if (!o.moduleFactory) o.moduleFactory = createNianbaoModule;
  if (!o.readPositioned) o.readPositioned = (bytes) => import('./pdf-node.mjs').then((m) => m.readPositioned(bytes));
  if (!o.wasmModule && !o.wasmBinary) {
    const where = o.wasmUrl || (o.locateFile ? o.locateFile('nianbao-core.wasm', here) : new URL('./nianbao-core.wasm', import.meta.url));
    const bytes = readWasm(where);
    if (bytes) o.wasmBinary = bytes;
    else o.wasmUrl = String(where);
    delete o.locateFile;
  }
  return createWith(o);
}

/** The checker in a worker thread: the same methods, each returning a Promise (see index.d.ts). */
export function createWorkerChecker(options = {}) {
  // The host's --input-type/--eval would be applied to the worker's file too: leave them out.
  const execArgv = process.execArgv.filter((a) => !/^--(input-type|eval|print)\b|^-[ep]$/.test(a));
  const worker = new Worker(options.workerUrl || new URL('./worker-node.mjs', import.meta.url), { name: 'nianbao', execArgv });
  worker.unref();  // an idle checker never keeps the process alive
  return connectWorker({
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onError) => {
      worker.on('message', onMessage);
      worker.on('error', (e) => onError(e && e.message || String(e)));
      worker.on('exit', () => onError('the worker exited'));
    },
    busy: (on) => (on ? worker.ref() : worker.unref()),
    terminate: () => worker.terminate(),
  }, workerOptions(options));
}

// Many reports at once (js/batch.mjs): checkMany(files, {onProgress}) over this entry's checker.
import { makeCheckMany } from './batch.mjs';
export { summarizeResults, previousInput } from './batch.mjs';
export const checkMany = makeCheckMany(createChecker);
