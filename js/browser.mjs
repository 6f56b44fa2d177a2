// Browser and bundler entry of the nianbao package: the single-file build (the WebAssembly inlined),
// so a page needs no server configuration and makes no network request to load it.
// nianbao-core.single.mjs is the Emscripten glue with `export default createNianbaoModule` added.
import createNianbaoModule from './nianbao-core.single.mjs';
import { createChecker as createWith } from './checker.mjs';

export { decodeBytes, docxDocumentXml } from './checker.mjs';

export function createChecker(options = {}) {
  const moduleFactory = options.moduleFactory || createNianbaoModule;
  return createWith({ ...options, moduleFactory });
}

// Many reports at once (js/batch.mjs): checkMany(files, {onProgress}) over this entry's checker.
import { makeCheckMany } from './batch.mjs';
export { summarizeResults, previousInput } from './batch.mjs';
export const checkMany = makeCheckMany(createChecker);
