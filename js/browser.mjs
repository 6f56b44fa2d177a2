// `nianbao` in browsers and bundlers: the single-file build (single.mjs) and, beside it, the checker in a
// Web Worker. `new Worker(new URL('./worker.mjs', import.meta.url), …)` is written out in full so that
// Vite and webpack find the worker and bundle it; without a bundler the browser loads dist/worker.mjs.
import { connectWorker, workerOptions } from './worker-client.mjs';

import { createChecker } from './single.mjs';

export { createChecker };
export { decodeBytes, docxDocumentXml, normalizeLang } from './single.mjs';

/** The checker in a Web Worker: the same methods, each returning a Promise (see index.d.ts). */
export function createWorkerChecker(options = {}) {
  if (typeof Worker !== 'function') return Promise.reject(new Error('nianbao: createWorkerChecker needs Web Workers'));
  let worker;
  try {
    worker = options.workerUrl
      ? new Worker(options.workerUrl, { type: options.workerType || 'module', name: 'nianbao' })
      : new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module', name: 'nianbao' });
  } catch (e) {
    return Promise.reject(new Error(`nianbao: the checker's worker could not start (${e && e.message || e}); a Content-Security-Policy needs worker-src 'self'`));
  }
  return connectWorker({
    post: (message) => worker.postMessage(message),
    listen: (onMessage, onError) => {
      worker.addEventListener('message', (e) => onMessage(e.data));
      worker.addEventListener('error', (e) => { if (e.preventDefault) e.preventDefault(); onError(e.message || 'error'); });
    },
    terminate: () => worker.terminate(),
  }, workerOptions(options));
}

// Many reports at once (js/batch.mjs): checkMany(files, {onProgress}) over this entry's checker.
import { makeCheckMany } from './batch.mjs';
export { summarizeResults, previousInput } from './batch.mjs';
export const checkMany = makeCheckMany(createChecker);
