// OFD (GB/T 33190, the national layout format: a ZIP of XML pages with positioned text) -> positioned
// text runs (docs/runs.md), read by the same core reader as PDF. Only what the runs need is read:
// the document root, the pages, each page's TextObjects (Boundary, Size, CTM, TextCode X/Y/DeltaX)
// and thin PathObjects (table rules). Units are millimetres in OFD, points in runs.
// Platform neutral: the caller hands over fflate's unzipSync (Node: js/pdf-node.mjs; the page:
// web/src/pdf/pdf-read.js), so this file imports nothing and runs from js/, dist/ and the page bundle.
const PT = 72 / 25.4;
const r2 = (v) => Math.round(v * 100) / 100;

const utf8 = new TextDecoder('utf-8');
const MAX_PART = 32 * 1024 * 1024, MAX_TOTAL = 128 * 1024 * 1024;

/** True for a ZIP that holds OFD.xml. */
export function isOfd(bytes, unzipSync) {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return false;
  try {
    return Boolean(unzipSync(bytes, { filter: (f) => f.name === 'OFD.xml' })['OFD.xml']);
  } catch {
    return false;
  }
}

function decodeXml(s) {
  return s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1').replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e) => {
    const k = e.toLowerCase();
    if (k[0] === '#') {
      const cp = k[1] === 'x' ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[k];
  });
}

const attr = (tag, name) => {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? m[1] : null;
};
const nums = (s) => (s || '').trim().split(/[\s,]+/).filter(Boolean).map(Number);

// DeltaX "g 3 3.175 1.2" -> [3.175, 3.175, 3.175, 1.2]
function deltas(s) {
  const t = (s || '').trim().split(/\s+/).filter(Boolean);
  const out = [];
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'g' && i + 2 < t.length) {
      for (let k = 0; k < Number(t[i + 1]) && k < 10000; k++) out.push(Number(t[i + 2]));
      i += 2;
    } else out.push(Number(t[i]));
  }
  return out;
}

function pathOf(base, rel) {
  if (rel.startsWith('/')) return rel.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const p of rel.split('/')) {
    if (p === '..') parts.pop();
    else if (p && p !== '.') parts.push(p);
  }
  return parts.join('/');
}

function pageRuns(xml) {
  const runs = [];
  const lines = [];
  const textRe = /<(?:ofd:)?TextObject\b([^>]*)>([\s\S]*?)<\/(?:ofd:)?TextObject>/g;
  let m;
  while ((m = textRe.exec(xml))) {
    const [bx, by] = nums(attr(m[1], 'Boundary'));
    // CTM: object space -> the Boundary's space (producers that set text in their own units scale it
    // here); the size and the advances are in object space.
    const ctm = nums(attr(m[1], 'CTM'));
    const [a, b, cc, d, e, f] = ctm.length === 6 && ctm.every(Number.isFinite) ? ctm : [1, 0, 0, 1, 0, 0];
    const sx = Math.hypot(a, b) || 1, sy = Math.hypot(cc, d) || 1;
    const objSize = Number(attr(m[1], 'Size')) || 3.5;
    const size = objSize * sy;
    const codeRe = /<(?:ofd:)?TextCode\b([^>]*)>([\s\S]*?)<\/(?:ofd:)?TextCode>/g;
    let c;
    while ((c = codeRe.exec(m[2]))) {
      const text = decodeXml(c[2]);
      if (!text.trim()) continue;
      const ox = Number(attr(c[1], 'X')) || 0, oy = Number(attr(c[1], 'Y')) || 0;
      const x = (bx || 0) + a * ox + cc * oy + e;
      const base = (by || 0) + b * ox + d * oy + f;
      const dx = deltas(attr(c[1], 'DeltaX'));
      const n = [...text].length;
      let w = size;
      for (let i = 0; i < n - 1; i++) w += (Number.isFinite(dx[i]) ? dx[i] : objSize) * sx;
      runs.push({ text, x: r2(x * PT), y: r2((base - 0.88 * size) * PT), w: r2(w * PT), h: r2(size * PT), size: r2(size * PT), rot: 0 });
    }
  }
  const pathRe = /<(?:ofd:)?PathObject\b([^>]*)>/g;
  while ((m = pathRe.exec(xml))) {
    const [x, y, w, h] = nums(attr(m[1], 'Boundary'));
    if ([x, y, w, h].some((v) => !Number.isFinite(v))) continue;
    if (Math.min(w, h) <= 1 && Math.max(w, h) >= 3) lines.push({ x: r2(x * PT), y: r2(y * PT), w: r2(w * PT), h: r2(h * PT) });
  }
  return { runs, lines };
}

/** The runs of an OFD's first document; {error: 'broken'} when it cannot be read. */
export function ofdToRuns(bytes, unzipSync) {
  const out = { nianbao_runs: 1, source: 'ofd', producer: 'nianbao ofd', pages: [] };
  try {
    // Only the XML parts, each within a limit: a ZIP that inflates to gigabytes is refused, not read.
    let total = 0;
    const files = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.xml$/i.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > MAX_PART || total > MAX_TOTAL) throw new Error('an XML part of the OFD is too large');
        return true;
      },
    });
    const text = (name) => (files[name] ? utf8.decode(files[name]) : null);
    const root = /<(?:ofd:)?DocRoot>([^<]+)<\/(?:ofd:)?DocRoot>/.exec(text('OFD.xml') || '');
    if (!root) throw new Error('OFD.xml names no document');
    const docPath = pathOf('OFD.xml', root[1].trim());
    const doc = text(docPath);
    if (!doc) throw new Error(`missing ${docPath}`);
    const box = nums((/<(?:ofd:)?PhysicalBox>([^<]+)</.exec(doc) || [])[1]);
    const [pw, ph] = box.length === 4 ? [box[2], box[3]] : [210, 297];
    const pageRe = /<(?:ofd:)?Page\b[^>]*BaseLoc="([^"]+)"/g;
    let m;
    let n = 0;
    while ((m = pageRe.exec(doc)) && n < 2000) {
      const xml = text(pathOf(docPath, m[1])) || '';
      const own = nums((/<(?:ofd:)?PhysicalBox>([^<]+)</.exec(xml) || [])[1]);
      const [w, h] = own.length === 4 ? [own[2], own[3]] : [pw, ph];
      const { runs, lines } = pageRuns(xml);
      const images = (xml.match(/<(?:ofd:)?ImageObject\b/g) || []).length;
      const page = { page: ++n, width: r2(w * PT), height: r2(h * PT), images, runs };
      if (lines.length) page.lines = lines;
      out.pages.push(page);
    }
  } catch (e) {
    return { nianbao_runs: 1, source: 'ofd', error: 'broken', detail: String(e && e.message || e), pages: [] };
  }
  return out;
}
