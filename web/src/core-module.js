// The WebAssembly core of the page, compiled once. The build (web/build.mjs) stores the .wasm deflated and
// base64-encoded in the bundle (one copy, about a third of the raw size); here it is inflated with fflate
// (already in the page for .docx; DecompressionStream('deflate-raw') is above the browser floor) and compiled
// asynchronously, off the main thread. The main thread's checker and the worker's are instantiated from the
// same WebAssembly.Module: the worker receives it by postMessage.
import { inflateSync } from 'fflate';
import coreDeflatedBase64 from 'nianbao-core-deflated';

function base64Bytes(b64) {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let bytes = null;
let compiled = null;
/** The .wasm bytes (inflated on first use). */
export function coreBytes() {
  if (!bytes) bytes = inflateSync(base64Bytes(coreDeflatedBase64));
  return bytes;
}
/** The compiled core: a Promise of WebAssembly.Module, made on first use. */
export function coreModule() {
  if (!compiled) compiled = Promise.resolve().then(() => WebAssembly.compile(coreBytes()));
  return compiled;
}
