// The checker over the single-file build (the WebAssembly inlined as base64): `nianbao/single`, and
// `nianbao` in browsers and bundlers. Nothing to serve or configure, no request to load it; works in
// Node too. nianbao-core.single.mjs is the Emscripten glue with `export default` added (build-js.mjs).
import createNianbaoModule from './nianbao-core.single.mjs';
import { createChecker as createWith } from './checker.mjs';

export { decodeBytes, docxDocumentXml, normalizeLang } from './checker.mjs';

/** Loads the WebAssembly once (no network) and returns the checker (see index.d.ts). */
export async function createChecker(options = {}) {
  return createWith({ ...options, moduleFactory: options.moduleFactory || createNianbaoModule });
}
