// Entry of the Web Worker: the same checker, off the main thread. Built into a string and started from a Blob.
// It carries the glue and the checker's code but not the WebAssembly: the page posts its compiled
// WebAssembly.Module first ({op: 'core', module}), so the core exists once in the page and is compiled once.
import { createChecker } from 'nianbao-checker-api';
import createNianbaoModule from 'nianbao-core-glue';
import { checkAndRender, checkFileAndRender, readableText } from './engine-core.js';
import { batchOp } from './batch/worker-ops.js';

// Promise of the WebAssembly.Module: settled by the page's first message, which may come after the first
// request (the page posts the Module when its compile promise settles), so requests wait for it.
let setCore;
const core = new Promise((resolve) => (setCore = resolve));
let checkerReady = null; // one checker, however many requests arrive before it exists

// Says it runs: a page's CSP may block a worker without any error the page could catch (batch/pool.js waits for this).
self.postMessage({ op: 'hello' });

// Checks `input` `times` times and answers nothing of it: the page's first checks then run compiled, optimised
// code. The worker's instance is made from the page's WebAssembly.Module, and the browser compiles a module's
// functions (lazily, then optimised when they are hot) once for all its instances, so what is compiled here is
// ready for the main thread's checker too (engine.js warmUp).
function warm(checker, input, opts, times) {
  for (let i = 0; i < times; i++) checkAndRender(checker, input, opts);
  return true;
}

// How many requests of each op this worker has taken (for tests and debugging: which work ran off the main thread).
self.nianbaoOps = {};

self.onmessage = async (e) => {
  const { id, op, input, bytes, opts } = e.data;
  if (id !== undefined) self.nianbaoOps[op] = (self.nianbaoOps[op] || 0) + 1;
  if (op === 'core') {
    // a Module, or the raw bytes where a browser cannot post a Module
    setCore(e.data.module ? e.data.module : WebAssembly.compile(e.data.wasm));
    return;
  }
  try {
    if (!checkerReady) checkerReady = core.then((wasmModule) => createChecker({ moduleFactory: createNianbaoModule, wasmModule }));
    const checker = await checkerReady;
    let value;
    if (op === 'checkFile') value = await checkFileAndRender(checker, bytes, opts);
    else if (op === 'check') value = checkAndRender(checker, input, opts);
    else if (op === 'readable') value = readableText(checker, input, opts);
    else if (op === 'warm') value = warm(checker, input, opts, e.data.times);
    else value = await batchOp(checker, e.data); // many reports at once (batch/pool.js)
    self.postMessage({ id, ok: true, value });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
