// The WebAssembly core of the page, compiled once. The build (web/build.mjs) stores the .wasm deflated and
// Z85-encoded in the bundle (one copy, about a third of the raw size); here it is inflated by the browser
// (DecompressionStream) where it can, else with fflate (already in the page for .docx; 'deflate-raw'
// streams are above the browser floor), and compiled asynchronously, mostly off the main thread. The main
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

// The browser's own inflater where it has one for raw deflate (Chrome 103, Firefox 113, Safari 16.4): native
// code, where fflate takes ~100 ms of the page's start-up on a fast machine. The whole input is written at once
// and the output read with a reader: that takes promise callbacks alone, run as soon as the first script ends.
// (A Blob's stream into a Response took turns of the main thread that queued behind the other scripts and the
// first layout: 300-500 ms later at start-up.)
function inflateNatively(deflated) {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  writer.write(deflated).catch(() => {}); // an error reaches the reader too
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks = [];
  let size = 0;
  const next = () =>
    reader.read().then((r) => {
      if (!r.done) {
        chunks.push(r.value);
        size += r.value.length;
        return next();
      }
      const out = new Uint8Array(size);
      for (let i = 0, at = 0; i < chunks.length; at += chunks[i].length, i++) out.set(chunks[i], at);
      return out;
    });
  return next();
}
function canInflateNatively() {
  try {
    new DecompressionStream('deflate-raw'); // throws where the format is unknown
    return true;
  } catch (e) {
    return false;
  }
}

// Decoding and inflating (~20 ms and ~15 ms on a busy machine) get a task of their own rather than lengthen the
// one that compiled and ran the script asking for the core; in the single file that task still comes before the
// parser goes on to the next script.
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

let bytes = null;
let compiled = null;
/** The .wasm bytes: a Promise of a Uint8Array (inflated on first use). */
export function coreBytes() {
  if (!bytes) {
    bytes = nextTask().then(() => {
      const deflated = z85Bytes(coreDeflated.z85, coreDeflated.length);
      return canInflateNatively() ? inflateNatively(deflated).catch(() => inflateSync(deflated)) : inflateSync(deflated);
    });
  }
  return bytes;
}
/** The compiled core: a Promise of WebAssembly.Module, made on first use. */
export function coreModule() {
  if (!compiled) compiled = coreBytes().then((b) => WebAssembly.compile(b));
  return compiled;
}
