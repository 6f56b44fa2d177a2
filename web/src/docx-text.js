// Turns a .docx into plain text in the layout of text copied from a web page (paragraphs as lines,
// table rows as tab-separated cells), so a Word report can be edited and re-checked as text.
import { unzipSync, strFromU8 } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function paraText(p) {
  let s = '';
  const walk = (n) => {
    for (const c of n.childNodes) {
      if (c.nodeType !== 1) continue;
      if (c.namespaceURI === W && c.localName === 't') s += c.textContent;
      else if (c.namespaceURI === W && c.localName === 'tab') s += '\t';
      else if (c.namespaceURI === W && (c.localName === 'br' || c.localName === 'cr')) s += ' ';
      else walk(c);
    }
  };
  walk(p);
  return s;
}

function cellText(tc) {
  const parts = [];
  for (const p of tc.getElementsByTagNameNS(W, 'p')) parts.push(paraText(p).replace(/\t/g, ' '));
  return parts.join('').trim();
}

function blockLines(node, out) {
  for (const c of node.childNodes) {
    if (c.nodeType !== 1 || c.namespaceURI !== W) continue;
    if (c.localName === 'p') out.push(paraText(c));
    else if (c.localName === 'tbl') {
      for (const tr of c.childNodes) {
        if (tr.nodeType !== 1 || tr.localName !== 'tr') continue;
        const cells = [];
        for (const tc of tr.childNodes) {
          if (tc.nodeType !== 1 || tc.localName !== 'tc') continue;
          const pr = tc.getElementsByTagNameNS(W, 'tcPr')[0];
          const span = pr && pr.getElementsByTagNameNS(W, 'gridSpan')[0];
          const vm = pr && pr.getElementsByTagNameNS(W, 'vMerge')[0];
          const continued = vm && vm.getAttributeNS(W, 'val') !== 'restart';
          cells.push(continued ? '' : cellText(tc));
          const n = span ? parseInt(span.getAttributeNS(W, 'val'), 10) || 1 : 1;
          for (let i = 1; i < n; i++) cells.push('');
        }
        out.push(cells.join('\t'));
      }
      out.push('');
    } else if (c.localName === 'sdt' || c.localName === 'sdtContent' || c.localName === 'body') blockLines(c, out);
  }
}

export function docxToText(bytes) {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('word/document.xml missing');
  const doc = new DOMParser().parseFromString(strFromU8(xml), 'application/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  const out = [];
  if (body) blockLines(body, out);
  return out.join('\n');
}
