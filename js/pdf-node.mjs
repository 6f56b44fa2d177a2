// pdf.js in Node, loaded only when a PDF is read. pdfjs-dist 5 needs Node >= 20.19 and, without its
// optional canvas package, a DOMMatrix at import: text extraction needs no more than a plain 2-D
// matrix, given here. pdf.js's own warnings (e.g. "Cannot load @napi-rs/canvas") go to console.log,
// which would corrupt `nianbao runs` output on stdout: they are silenced while it loads.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pdfToRuns, runsToJson, isPdf } from './pdf.mjs';

export { isPdf, runsToJson };

/** The oldest Node that pdfjs-dist 5 runs on (its package.json "engines"). */
export const PDF_NODE_FLOOR = [20, 19];

class Matrix2D {
  constructor(init) {
    const v = Array.isArray(init) || ArrayBuffer.isView(init) ? Array.from(init) : [1, 0, 0, 1, 0, 0];
    [this.a, this.b, this.c, this.d, this.e, this.f] = v.length === 6 ? v : [v[0], v[1], v[4], v[5], v[12], v[13]];
  }
  get is2D() { return true; }
  get isIdentity() { return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0; }
  multiplySelf(o) {
    const m = o instanceof Matrix2D ? o : new Matrix2D(o ? [o.a, o.b, o.c, o.d, o.e, o.f] : undefined);
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b; this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d; this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e; this.f = b * m.e + d * m.f + f;
    return this;
  }
  preMultiplySelf(o) {
    const m = new Matrix2D([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this);
    Object.assign(this, { a: m.a, b: m.b, c: m.c, d: m.d, e: m.e, f: m.f });
    return this;
  }
  multiply(o) { return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).multiplySelf(o); }
  translateSelf(x = 0, y = 0) { return this.multiplySelf(new Matrix2D([1, 0, 0, 1, x, y])); }
  translate(x, y) { return this.multiply(new Matrix2D([1, 0, 0, 1, x || 0, y || 0])); }
  scaleSelf(sx = 1, sy = sx) { return this.multiplySelf(new Matrix2D([sx, 0, 0, sy, 0, 0])); }
  scale(sx = 1, sy = sx) { return this.multiply(new Matrix2D([sx, 0, 0, sy, 0, 0])); }
  invertSelf() {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (!det) { this.a = this.b = this.c = this.d = this.e = this.f = NaN; return this; }
    Object.assign(this, { a: d / det, b: -b / det, c: -c / det, d: a / det, e: (c * f - d * e) / det, f: (b * e - a * f) / det });
    return this;
  }
  inverse() { return new Matrix2D([this.a, this.b, this.c, this.d, this.e, this.f]).invertSelf(); }
  transformPoint(p = {}) {
    const x = p.x || 0, y = p.y || 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
}

let loading = null;

function nodeOldError() {
  const [maj, min] = process.versions.node.split('.').map(Number);
  const [fm, fn] = PDF_NODE_FLOOR;
  if (maj > fm || (maj === fm && min >= fn)) return null;
  return new Error(`nianbao: reading PDF needs Node.js ${fm}.${fn} or newer (pdf.js 5); this is Node ${process.versions.node}. ` +
    'Other formats work; or extract the runs elsewhere (`npx nianbao runs report.pdf`) and check them with --runs.');
}

/** pdf.js, loaded once on first use. */
export function loadPdfjs() {
  if (!loading) {
    loading = (async () => {
      const old = nodeOldError();
      if (old) throw old;
      if (!globalThis.DOMMatrix) globalThis.DOMMatrix = Matrix2D;
      const log = console.log;
      console.log = (...args) => { if (!(typeof args[0] === 'string' && args[0].startsWith('Warning:'))) log(...args); };
      try {
        return await import('pdfjs-dist/legacy/build/pdf.mjs');
      } finally {
        console.log = log;
      }
    })();
    loading.catch(() => { loading = null; });
  }
  return loading;
}

function assetDir(sub) {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), sub) + '/';
}

/** A PDF's bytes -> runs object (docs/runs.md). Rejects only when pdf.js cannot be loaded. */
export async function pdfBytesToRuns(bytes, options = {}) {
  const pdfjs = await loadPdfjs();
  const log = console.log;
  console.log = (...args) => { if (!(typeof args[0] === 'string' && args[0].startsWith('Warning:'))) log(...args); };
  try {
    return await pdfToRuns(pdfjs, bytes, {
      cMapUrl: assetDir('cmaps'),
      standardFontDataUrl: assetDir('standard_fonts'),
      ...options,
    });
  } finally {
    console.log = log;
  }
}

// fflate's unzip: the package's own copy (dist/fflate.mjs), or the dependency in the source tree (js/,
// which the native CLI runs).
async function ofdUnzip() {
  try {
    return (await import('./fflate.mjs')).unzipSync;
  } catch {
    return (await import('fflate')).unzipSync;
  }
}

/** For checkFile: the runs JSON text of a PDF or an OFD, or null when the bytes are neither. */
export async function readPositioned(bytes) {
  if (isPdf(bytes)) {
    try {
      return { json: runsToJson(await pdfBytesToRuns(bytes)), kind: 'pdf' };
    } catch (e) {  // pdf.js could not be loaded (Node too old, package missing): the core explains
      return { json: runsToJson({ source: 'pdf', error: 'unavailable', detail: String(e && e.message || e), pages: [] }), kind: 'pdf' };
    }
  }
  const ofd = await import('./ofd.mjs');
  const unzipSync = await ofdUnzip();
  if (ofd.isOfd(bytes, unzipSync)) return { json: runsToJson(ofd.ofdToRuns(bytes, unzipSync)), kind: 'ofd' };
  return null;
}

export const pdfjsUrl = () => pathToFileURL(assetDir('legacy/build')).href;
