// The WebAssembly core of the page, compiled once. The build (web/build.mjs) stores the .wasm deflated and
// Z85-encoded in the bundle (one copy, about a third of the raw size); here it is inflated by the browser
// (DecompressionStream) where it can, else with fflate (already in the page for .docx; 'deflate-raw'
// streams are above the browser floor), and compiled asynchronously, off the main thread. The main
// thread's checker and the worker's are instantiated from the same WebAssembly.Module: the worker
// receives it by postMessage.
import { inflateSync } from 'fflate';
import coreDeflated from 'nianbao-core-deflated';

const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

const DIGIT = new Uint8Array(128);
for (let i = 0; i < 85; i++) DIGIT[Z85.charCodeAt(i)] = i;

/** Z85 text (5 characters per 4 bytes, big-endian) → bytes (the inner loop unrolled: it runs once, mostly unoptimised). */
function z85Bytes(text) {
  const out = new Uint8Array((text.length / 5) * 4);
  const d = DIGIT;
  for (let i = 0, o = 0; i < text.length; i += 5, o += 4) {
    const v = (((d[text.charCodeAt(i)] * 85 + d[text.charCodeAt(i + 1)]) * 85 + d[text.charCodeAt(i + 2)]) * 85 + d[text.charCodeAt(i + 3)]) * 85 + d[text.charCodeAt(i + 4)];
    out[o] = v >>> 24;
    out[o + 1] = (v >>> 16) & 255;
    out[o + 2] = (v >>> 8) & 255;
    out[o + 3] = v & 255;
  }
  return out;
}

const deflated = () => z85Bytes(coreDeflated.z85).subarray(0, coreDeflated.length);

// The deflated core as a stream (made in JS: a Blob would first copy the bytes to the browser's blob store,
// ~9 ms of start-up). Decoded at once, in the start-up script: decoding a piece at a time as the inflater asks
// (tried) leaves the pieces waiting behind the element's script, so compiling starts later.
function deflatedStream() {
  const bytes = deflated();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

// The browser's own inflater where it has one for raw deflate (Chrome 103, Firefox 113, Safari 16.4): it runs
// natively, where fflate takes ~100 ms of the page's start-up on a fast machine.
function inflatedStream() {
  return deflatedStream().pipeThrough(new DecompressionStream('deflate-raw'));
}
function inflateNatively() {
  return new Response(inflatedStream()).arrayBuffer().then((b) => new Uint8Array(b));
}
function canInflateNatively() {
  try {
    new DecompressionStream('deflate-raw'); // throws where the format is unknown
    return typeof Response === 'function' && typeof ReadableStream === 'function';
  } catch (e) {
    return false;
  }
}

let bytes = null;
let compiled = null;
/** The .wasm bytes: a Promise of a Uint8Array (inflated on first use). */
export function coreBytes() {
  if (!bytes) {
    bytes = canInflateNatively()
      ? inflateNatively().catch(() => inflateSync(deflated()))
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
      ? WebAssembly.compileStreaming(new Response(inflatedStream(), { headers: { 'Content-Type': 'application/wasm' } })).catch(fromBytes)
      : fromBytes();
  }
  return compiled;
}
function canStream() {
  return typeof WebAssembly.compileStreaming === 'function' && canInflateNatively();
}
