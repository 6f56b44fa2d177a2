// `nianbao/split` in browsers and bundlers: the glue and nianbao-core.wasm as two files. The .wasm is
// found beside this module (new URL(…, import.meta.url): Vite, webpack and Parcel copy it into the
// build), or where {wasmUrl}, {locateFile}, {wasmBinary} or {wasmModule} say; a failure names the URL.
// Streamed compilation when the server sends application/wasm; one less megabyte of base64 to parse.
import createNianbaoModule from './nianbao-core.mjs';
import { createChecker as createWith } from './checker.mjs';

export { decodeBytes, docxDocumentXml, normalizeLang } from './checker.mjs';
export { createWorkerChecker } from './browser.mjs';

/** Fetches and compiles nianbao-core.wasm once and returns the checker (see index.d.ts). */
export async function createChecker(options = {}) {
  const defaultWasmUrl = new URL('./nianbao-core.wasm', import.meta.url);
  return createWith({ ...options, moduleFactory: options.moduleFactory || createNianbaoModule, defaultWasmUrl });
}
