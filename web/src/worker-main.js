// Entry of the Web Worker: the same checker, off the main thread. Built into a string and started from a Blob.
// It carries the glue and the checker's code but not the WebAssembly: the page posts its compiled
// WebAssembly.Module first ({op: 'core', module}), so the core exists once in the page and is compiled once.
import { createChecker } from 'nianbao-checker-api';
import createNianbaoModule from 'nianbao-core-glue';
import { checkAndRender, checkFileAndRender } from './engine-core.js';

let core = null; // Promise of the WebAssembly.Module
let checker = null;

self.onmessage = async (e) => {
  const { id, op, input, bytes, opts } = e.data;
  if (op === 'core') {
    // a Module, or the raw bytes where a browser cannot post a Module
    core = e.data.module ? Promise.resolve(e.data.module) : WebAssembly.compile(e.data.wasm);
    return;
  }
  try {
    if (!checker) checker = await createChecker({ moduleFactory: createNianbaoModule, wasmModule: await core });
    const value = op === 'checkFile' ? await checkFileAndRender(checker, bytes, opts) : checkAndRender(checker, input, opts);
    self.postMessage({ id, ok: true, value });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
