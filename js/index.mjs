// Node entry of the nianbao package: the checker over dist/nianbao-core.cjs + nianbao-core.wasm.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createChecker as createWith } from './checker.mjs';

export { decodeBytes, docxDocumentXml } from './checker.mjs';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('.', import.meta.url));

/** Loads the WebAssembly core once and returns the checker (see index.d.ts). */
export function createChecker(options = {}) {
  const o = { ...options };
  if (!o.moduleFactory) {
    o.moduleFactory = require('./nianbao-core.cjs');
    // Emscripten 3.1.6's glue fetch()es the .wasm whenever fetch exists, which in Node 18+ fails
    // on a file path: read it here (from locateFile's answer when one is given) and hand it over.
    if (!o.wasmBinary) {
      const file = o.locateFile ? o.locateFile('nianbao-core.wasm', here) : `${here}nianbao-core.wasm`;
      o.wasmBinary = readFileSync(file.startsWith('file:') ? new URL(file) : file);
    }
  }
  return createWith(o);
}

// Many reports at once (js/batch.mjs): checkMany(files, {onProgress}) over this entry's checker.
import { makeCheckMany } from './batch.mjs';
export { summarizeResults, previousInput } from './batch.mjs';
export const checkMany = makeCheckMany(createChecker);
