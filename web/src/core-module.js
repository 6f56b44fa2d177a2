// The WebAssembly core of the page, compiled once. The build (web/build.mjs) stores the .wasm deflated and
// Z85-encoded in the bundle (one copy, about a third of the raw size); here it is inflated by the browser
// (DecompressionStream) where it can, else with fflate (already in the page for .docx; 'deflate-raw'
// streams are above the browser floor), and compiled asynchronously, off the main thread. The main
// thread's checker and the worker's are instantiated from the same WebAssembly.Module: the worker
// receives it by postMessage.
import { inflateSync } from 'fflate';
import coreDeflated from 'nianbao-core-deflated';

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Z85 text (5 characters per 4 bytes, big-endian) → the first `length` bytes. */
function z85Bytes(text, length) {
  const digit = new Uint8Array(128);
  for (let i = 0; i < 85; i++) digit[Z85.charCodeAt(i)] = i;
  const out = new Uint8Array((text.length / 5) * 4);
  for (let i = 0, o = 0; i < text.length; i += 5, o += 4) {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + digit[text.charCodeAt(i + k)];
    out[o] = v >>> 24;
    out[o + 1] = (v >>> 16) & 255;
    out[o + 2] = (v >>> 8) & 255;
    out[o + 3] = v & 255;
  }
  return out.subarray(0, length);
}

// The browser's own inflater where it has one for raw deflate (Chrome 103, Firefox 113, Safari 16.4): it runs
// natively, where fflate takes ~100 ms of the page's start-up on a fast machine. The stream is made in JS (a
// Blob would first copy the bytes to the browser's blob store: ~9 ms of start-up).
function inflatedStream(deflated) {
  const source = new ReadableStream({
    start(controller) {
      controller.enqueue(deflated);
      controller.close();
    },
  });
  return source.pipeThrough(new DecompressionStream('deflate-raw'));
}
function inflateNatively(deflated) {
  return new Response(inflatedStream(deflated)).arrayBuffer().then((b) => new Uint8Array(b));
}
function canInflateNatively() {
  try {
    new DecompressionStream('deflate-raw'); // throws where the format is unknown
    return typeof Response === 'function' && typeof ReadableStream === 'function';
  } catch (e) {
    return false;
  }
}

let deflatedBytes = null;
const deflated = () => deflatedBytes || (deflatedBytes = z85Bytes(coreDeflated.z85, coreDeflated.length));
let bytes = null;
let compiled = null;
/** The .wasm bytes: a Promise of a Uint8Array (inflated on first use). */
export function coreBytes() {
  if (!bytes) {
    bytes = canInflateNatively()
      ? inflateNatively(deflated()).catch(() => inflateSync(deflated()))
      : Promise.resolve().then(() => inflateSync(deflated()));
  }
  return bytes;
}
/**
 * The compiled core: a Promise of WebAssembly.Module, made on first use. Where the browser can, the inflated
 * bytes stream straight into WebAssembly's streaming compiler (functions compile as they arrive, off the main
 * thread, and no copy of the whole .wasm is made in JS); else the bytes are inflated, then compiled.
 */
export function coreModule() {
  if (!compiled) {
    const fromBytes = () => coreBytes().then((b) => WebAssembly.compile(b));
    compiled = canStream()
      ? WebAssembly.compileStreaming(new Response(inflatedStream(deflated()), { headers: { 'Content-Type': 'application/wasm' } })).catch(fromBytes)
      : fromBytes();
  }
  return compiled;
}
function canStream() {
  return typeof WebAssembly.compileStreaming === 'function' && canInflateNatively();
}
