// Entry of the Web Worker: the same checker, off the main thread. Built into a string and started from a Blob.
import { createChecker } from 'nianbao-checker-api';
import { checkAndRender, checkFileAndRender } from './engine-core.js';

let checker = null;
self.onmessage = async (e) => {
  const { id, op, input, bytes, opts } = e.data;
  try {
    if (!checker) checker = await createChecker();
    const value = op === 'checkFile' ? await checkFileAndRender(checker, bytes, opts) : checkAndRender(checker, input, opts);
    self.postMessage({ id, ok: true, value });
  } catch (err) {
    self.postMessage({ id, ok: false, error: String((err && err.message) || err) });
  }
};
