// PDF -> positioned text runs (docs/runs.md) with pdf.js, for the core's runs reader. Platform
// neutral: the caller hands over the loaded pdf.js module and where its CMaps are (Node: js/pdf-node.mjs;
// the page: web/src/pdf/). One extractor everywhere, so one PDF gives one answer everywhere.
// The JSON text is written here, one run per line, and is what the core reads and points into: the
// same PDF always gives the same text, so `nianbao runs` + `nianbao check --runs` equals `check report.pdf`.

const ROUND = 100;  // coordinates to 1/100 point: plenty, and the same text on every platform
const r2 = (v) => Math.round(v * ROUND) / ROUND;

/** True when the bytes are a PDF (the %PDF- header within the first 1024 bytes, as readers accept). */
export function isPdf(bytes) {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i + 4 < n; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return true;
  }
  return false;
}

// The box of a text item on the displayed page (top-left origin, y down) and its direction.
function placeItem(util, viewport, item, vertical) {
  const m = util.transform(viewport.transform, item.transform);
  const [a, b, c, d, e, f] = m;
  const size = Math.hypot(c, d) || Math.hypot(a, b) || 1;
  const scale = viewport.scale || 1;
  const width = (item.width || 0) * scale;
  const height = (item.height || 0) * scale;
  if (vertical) {
    // Vertical writing (CJK vertical fonts): glyphs advance downwards from the origin.
    return { x: e - width / 2, y: f, w: width || size, h: height || size, size, rot: 90 };
  }
  const len = Math.hypot(a, b) || 1;
  const ux = a / len, uy = b / len;                          // writing direction
  const upLen = Math.hypot(c, d) || 1;
  const vx = c / upLen, vy = d / upLen;                       // glyph "up" on the page
  const asc = 0.88 * size, desc = 0.12 * size;
  const xs = [], ys = [];
  for (const t of [0, width]) {
    for (const s of [asc, -desc]) {
      xs.push(e + ux * t + vx * s);
      ys.push(f + uy * t + vy * s);
    }
  }
  const x0 = Math.min(...xs), y0 = Math.min(...ys);
  let rot = Math.round((Math.atan2(uy, ux) * 180) / Math.PI / 90) * 90;
  rot = ((rot % 360) + 360) % 360;
  return { x: x0, y: y0, w: Math.max(...xs) - x0, h: Math.max(...ys) - y0, size, rot };
}

const IMAGE_OPS = ['paintImageXObject', 'paintInlineImageXObject', 'paintImageMaskXObject',
  'paintImageXObjectRepeat', 'paintInlineImageXObjectGroup', 'paintImageMaskXObjectGroup', 'paintJpegXObject'];

// Images drawn on a page: only asked for pages without text (is it a scan?).
async function countImages(pdfjs, page) {
  const list = await page.getOperatorList();
  const ops = new Set(IMAGE_OPS.map((n) => pdfjs.OPS[n]).filter((v) => v !== undefined));
  let n = 0;
  for (const fn of list.fnArray) if (ops.has(fn)) n++;
  return n;
}

// Ruling lines (table borders) of a page from its operator list: stroked straight segments and thin filled
// rectangles that are horizontal or vertical, in displayed-page coordinates like the runs ({x, y, w, h}). The
// paths are in the user space of their moment, so the current transformation (cm, q/Q, form XObjects) is
// followed. Curves, clipping paths and short marks are left out; a page drawn with more lines than a table
// has (a chart, a map) gives none, so that it costs the reader nothing.
const MAX_LINES = 4000;
const NUMBER = /^\s*-?[\d,.]+\s*$/;
const MIN_LENGTH = 3;  // points: shorter is a mark, not a rule
const THIN = 3;        // points: a filled rectangle this thin is a rule

export function rulingLines(pdfjs, list, viewport) {
  const OPS = pdfjs.OPS;
  const U = pdfjs.Util;
  const STROKE = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILL = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const out = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  let width = 1;
  const stack = [];
  const add = (x0, y0, x1, y1) => {
    const w = Math.abs(x1 - x0), h = Math.abs(y1 - y0);
    if (Math.max(w, h) < MIN_LENGTH || Math.min(w, h) > THIN) return;
    out.push({ x: r2(Math.min(x0, x1)), y: r2(Math.min(y0, y1)), w: r2(w), h: r2(h) });
  };
  for (let i = 0; i < list.fnArray.length && out.length <= MAX_LINES; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === OPS.save) stack.push([ctm, width]);
    else if (fn === OPS.restore) [ctm, width] = stack.pop() || [ctm, width];
    else if (fn === OPS.transform) ctm = U.transform(ctm, args);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push([ctm, width]);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = U.transform(ctm, Array.from(args[0]));
    } else if (fn === OPS.paintFormXObjectEnd) [ctm, width] = stack.pop() || [ctm, width];
    else if (fn === OPS.setLineWidth) width = args[0];
    else if (fn === OPS.constructPath) {
      const [op, [data] = []] = args;
      const stroke = STROKE.has(op), fill = FILL.has(op);
      if (!data || (!stroke && !fill)) continue;
      const m = U.transform(viewport.transform, ctm);
      const pt = (x, y) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
      // half the stroke on the page (the line width scaled by the transformation), at least a hair
      const half = Math.max(0.05, (Math.abs(width) || 0.5) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2])) / 2);
      let sub = [];
      let curved = false;
      const finish = (closed) => {
        if (sub.length >= 2 && !curved) {
          if (closed) sub.push(sub[0]);
          if (fill) {
            // a filled rectangle: four corners on two xs and two ys
            const xs = sub.map((p) => p[0]), ys = sub.map((p) => p[1]);
            const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
            const onEdges = sub.every((p) => (Math.abs(p[0] - x0) < 0.1 || Math.abs(p[0] - x1) < 0.1) && (Math.abs(p[1] - y0) < 0.1 || Math.abs(p[1] - y1) < 0.1));
            if (onEdges) add(x0, y0, x1, y1);
          }
          if (stroke) {
            for (let k = 1; k < sub.length; k++) {
              const [ax, ay] = sub[k - 1], [bx, by] = sub[k];
              if (Math.abs(ay - by) < 0.1) add(Math.min(ax, bx), ay - half, Math.max(ax, bx), ay + half);
              else if (Math.abs(ax - bx) < 0.1) add(ax - half, Math.min(ay, by), ax + half, Math.max(ay, by));
            }
          }
        }
        sub = [];
        curved = false;
      };
      for (let k = 0; k < data.length;) {
        const d = data[k++];
        if (d === 0) { finish(false); sub.push(pt(data[k], data[k + 1])); k += 2; }            // moveTo
        else if (d === 1) { sub.push(pt(data[k], data[k + 1])); k += 2; }                      // lineTo
        else if (d === 2) { curved = true; k += 6; }                                           // curveTo
        else if (d === 3) { curved = true; k += 4; }                                           // quadraticCurveTo
        else if (d === 4) finish(true);                                                        // closePath
        else break;
      }
      finish(false);
    }
  }
  return out.length > MAX_LINES ? [] : out;
}

function failure(kind, detail) {
  return { nianbao_runs: 1, source: 'pdf', error: kind, detail: String(detail || '').slice(0, 200), pages: [] };
}

/**
 * Reads the text runs of every page. Never throws for a bad file: an encrypted or broken PDF gives
 * {error: 'encrypted'|'broken'} for the core to explain.
 * pdfjs: the pdf.js module; options: {cMapUrl, standardFontDataUrl, maxPages, worker, BinaryDataFactory}
 * (BinaryDataFactory: pdf.js 5's reader of CMaps and font data, the page's reads them from its own bundle)
 */
export async function pdfToRuns(pdfjs, bytes, options = {}) {
  let doc;
  const params = {
    data: new Uint8Array(bytes),  // a plain copy: pdf.js takes the buffer over and refuses a Node Buffer
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    verbosity: 0,
    stopAtErrors: false,
  };
  if (options.cMapUrl) { params.cMapUrl = options.cMapUrl; params.cMapPacked = true; }
  if (options.BinaryDataFactory) params.BinaryDataFactory = options.BinaryDataFactory;
  if (options.standardFontDataUrl) params.standardFontDataUrl = options.standardFontDataUrl;
  if (options.worker) params.worker = options.worker;
  const task = pdfjs.getDocument(params);
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    if (e && e.name === 'PasswordException') return failure('encrypted', e.message);
    return failure('broken', e && e.message);
  }
  const out = { nianbao_runs: 1, source: 'pdf', producer: `pdf.js ${pdfjs.version || ''}`.trim(), pages: [] };
  try {
    const last = Math.min(doc.numPages, options.maxPages || 2000);
    for (let p = 1; p <= last; p++) {
      const page = await doc.getPage(p);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (typeof item.str !== 'string' || item.str.trim() === '') continue;
        const style = content.styles[item.fontName] || {};
        const box = placeItem(pdfjs.Util, viewport, item, Boolean(style.vertical));
        runs.push({ text: item.str, x: r2(box.x), y: r2(box.y), w: r2(box.w), h: r2(box.h), size: r2(box.size), rot: box.rot });
      }
      const entry = { page: p, width: r2(viewport.width), height: r2(viewport.height), images: 0, runs };
      if (runs.length === 0) entry.images = await countImages(pdfjs, page);
      else if (runs.filter((r) => NUMBER.test(r.text)).length >= 4) {
        // a page with numbers may hold a table: its rules (the operator list costs about as much as the text)
        const lines = rulingLines(pdfjs, await page.getOperatorList(), viewport);
        if (lines.length) entry.lines = lines;
      }
      out.pages.push(entry);
      page.cleanup();
    }
  } catch (e) {
    if (out.pages.length === 0) return failure('broken', e && e.message);
  } finally {
    await doc.destroy().catch(() => {});
  }
  return out;
}

/** The runs as the JSON text the core reads: one page header and one run per line. */
export function runsToJson(runs) {
  const head = { nianbao_runs: runs.nianbao_runs || 1, source: runs.source || 'pdf' };
  if (runs.producer) head.producer = runs.producer;
  if (runs.error) { head.error = runs.error; head.detail = runs.detail || ''; }
  const lines = [JSON.stringify(head).slice(0, -1) + ',"pages":['];
  (runs.pages || []).forEach((pg, i) => {
    const { runs: items = [], lines: rules, ...meta } = pg;
    lines.push((i ? ',' : '') + JSON.stringify(meta).slice(0, -1) + ',"runs":[');
    items.forEach((r, k) => lines.push((k ? ',' : '') + JSON.stringify(r)));
    lines.push(rules && rules.length ? '],"lines":' + JSON.stringify(rules) + '}' : ']}');
  });
  lines.push(']}');
  return lines.join('\n') + '\n';
}
