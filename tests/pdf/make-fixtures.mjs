#!/usr/bin/env node
// Writes the PDF fixtures of tests/fixtures/pdf/ and, beside each, the runs JSON that the extractor
// (js/pdf-node.mjs) makes of it (the native tests read the runs; the Node tests check that the
// extractor still makes exactly these). Run from the project root: node tests/pdf/make-fixtures.mjs
//
// Two families, so the runs reader is not only tested on the easy case:
// - printed by Chromium (page.pdf()) from the repo's own fictional reports (tests/fixtures/): ruled and
//   unruled tables, one table per page, 表三 broken over two pages, landscape, vertical group labels,
//   the 2019 form;
// - written by hand here (no tool at run time): a report set in a non-embedded Chinese font
//   (STSong-Light, UniGB-UCS2-H: readable only with pdf.js's CMaps) with its own table geometry
//   and ruling lines, a page that is only an image (a scan), an encrypted file, a broken file.
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfBytesToRuns, runsToJson } from '../../js/pdf-node.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const out = join(fixtures, 'pdf');
mkdirSync(out, { recursive: true });
// Chromium embeds font subsets (~370 KiB a file): only one printed PDF is kept in the repo; the
// others are printed to a temporary folder and only their runs are kept.
const KEEP_PDF = new Set(['chromium-2021-ruled']);
const scratch = mkdtempSync(join(tmpdir(), 'nianbao-pdf-fixtures-'));
const pdfPath = (name) => join(KEEP_PDF.has(name) || name.startsWith('handmade-') ? out : scratch, `${name}.pdf`);

// ---- Chromium-printed variants ------------------------------------------------------------------
const html2021 = readFileSync(join(fixtures, 'clean-2021.html'), 'utf8').replace(/<script[\s\S]*?<\/script>/gi, '');

// A tab-separated text report as HTML: runs of tab lines become one table, other lines paragraphs.
function tabsToHtml(text) {
  const lines = text.split(/\r?\n/);
  let body = '';
  let inTable = false;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  for (const l of lines) {
    if (l.includes('\t')) {
      if (!inTable) body += '<table>';
      inTable = true;
      body += '<tr>' + l.split('\t').map((c) => `<td>${esc(c)}</td>`).join('') + '</tr>\n';
      continue;
    }
    if (inTable) body += '</table>\n';
    inTable = false;
    if (l.trim()) body += `<p>${esc(l)}</p>\n`;
  }
  if (inTable) body += '</table>';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
}
const html2019 = tabsToHtml(readFileSync(join(fixtures, 'clean-2019-tabs.txt'), 'utf8'));

const BASE = 'body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:12pt} table{border-collapse:collapse;margin:8pt 0} td{padding:2pt 4pt;font-size:9pt}';
const RULED = 'td{border:0.75pt solid #000}';
const UNRULED = 'td{border:none !important} table{border:none}';
const variants = [
  { name: 'chromium-2021-ruled', html: html2021, css: RULED },
  { name: 'chromium-2021-unruled', html: html2021, css: UNRULED },
  { name: 'chromium-2021-table-per-page', html: html2021, css: RULED + ' table{page-break-before:always}' },
  // 表三 taller than what is left of its page: it continues on the next one.
  { name: 'chromium-2021-split-table', html: html2021, css: RULED + ' td{padding:7pt 4pt} h1{margin-bottom:380pt}' },
  { name: 'chromium-2021-landscape', html: html2021, css: RULED, landscape: true },
  { name: 'chromium-2021-vertical-labels', html: html2021, css: RULED + ' td[rowspan]{writing-mode:vertical-rl}' },
  { name: 'chromium-2019-unruled', html: html2019, css: UNRULED },
];

async function printWithChromium() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    for (const v of variants) {
      const page = await browser.newPage();
      await page.route('**/*', (r) => (r.request().url().startsWith('data:') ? r.continue() : r.abort()));
      await page.setContent(v.html.replace('</head>', `<style>${BASE} ${v.css}</style></head>`));
      const pdf = await page.pdf({ format: 'A4', landscape: Boolean(v.landscape), printBackground: false, margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
      writeFileSync(pdfPath(v.name), pdf);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

// ---- Hand-written PDFs ------------------------------------------------------------------------------
// Objects are numbered from 1 in the order given; the xref offsets are computed.
function pdfFile(objects, { trailerExtra = '' } = {}) {
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
const stream = (content) => `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
const ucs2 = (s) => '<' + [...s].map((c) => c.codePointAt(0).toString(16).padStart(4, '0')).join('') + '>';

// The 2021 report of clean-2021-tabs.txt, typeset in STSong-Light (not embedded), A4, own geometry:
// prose in 12pt with wrapped lines, tables in 8pt with ruling lines, 表三 on a page of its own.
function nonEmbeddedFontReport() {
  const text = readFileSync(join(fixtures, 'clean-2021-tabs.txt'), 'utf8').split(/\r?\n/);
  const pages = [];
  let ops = [];
  let y = 790;
  const newPage = () => { pages.push(ops.join('\n')); ops = []; y = 790; };
  const show = (s, x, yy, size) => ops.push(`BT /F1 ${size} Tf ${x.toFixed(2)} ${yy.toFixed(2)} Td ${ucs2(s)} Tj ET`);
  const width = (s, size) => [...s].reduce((w, c) => w + (c.codePointAt(0) < 128 ? 0.5 : 1) * size, 0);
  let table = [];
  const flushTable = () => {
    if (!table.length) return;
    const cols = Math.max(...table.map((r) => r.length));
    const labelW = 200, colW = (515 - 40 - labelW) / Math.max(1, cols - 1), rowH = 16, size = 8;
    if (table[0][0].startsWith('（本列') || y - rowH * table.length < 60) newPage();
    for (const r of table) {
      const top = y;
      ops.push(`0.5 w 40 ${(top - rowH).toFixed(2)} ${(labelW + colW * (cols - 1)).toFixed(2)} ${rowH} re S`);
      r.forEach((c, k) => {
        const x0 = k === 0 ? 40 : 40 + labelW + colW * (k - 1);
        if (k > 0) ops.push(`0.5 w ${x0.toFixed(2)} ${(top - rowH).toFixed(2)} m ${x0.toFixed(2)} ${top.toFixed(2)} l S`);
        if (!c) return;
        const cw = k === 0 ? labelW : colW;
        const s = width(c, size) > cw - 4 ? size * 0.75 : size;
        show(c, x0 + (k === 0 ? 3 : Math.max(2, (cw - width(c, s)) / 2)), top - rowH + 5, s);
      });
      y -= rowH;
    }
    y -= 10;
    table = [];
  };
  for (const line of text) {
    if (line.includes('\t')) { table.push(line.split('\t')); continue; }
    flushTable();
    if (!line.trim()) continue;
    const size = 12, perLine = 40;
    const chars = [...line.trim()];
    for (let i = 0; i < chars.length; i += perLine) {
      if (y < 60) newPage();
      show(chars.slice(i, i + perLine).join(''), i === 0 ? 64 : 40, y, size);
      y -= 18;
    }
    y -= 4;
  }
  flushTable();
  newPage();
  // 1 catalog, 2 pages, 3 font, 4 descendant, then per page: page + content.
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${5 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>',
  ];
  pages.forEach((content, i) => {
    objs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${6 + 2 * i} 0 R >>`);
    objs.push(stream(content));
  });
  return pdfFile(objs);
}

// One page that is only an image (a 2 x 2 grey inline image scaled over the page): a scan.
function imageOnly() {
  const content = 'q 595 0 0 842 0 0 cm BI /W 2 /H 2 /CS /G /BPC 8 ID \x80\x40\x40\x80 EI Q';
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    stream(content),
  ]);
}

// Encrypted with a user password (standard security handler; the password is not the empty one).
function encrypted() {
  const hex = (n) => '<' + 'ab'.repeat(n) + '>';
  return pdfFile([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${hex(32)} /U ${hex(32)} /P -44 >>`,
  ], { trailerExtra: '/Encrypt 4 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ' });
}

const broken = () => Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\n%% the rest of this file was lost\n', 'latin1');

async function main() {
  if (!process.argv.includes('--no-chromium')) await printWithChromium();
  writeFileSync(join(out, 'handmade-2021-nonembedded-font.pdf'), nonEmbeddedFontReport());
  writeFileSync(join(out, 'handmade-image-only.pdf'), imageOnly());
  writeFileSync(join(out, 'handmade-encrypted.pdf'), encrypted());
  writeFileSync(join(out, 'handmade-broken.pdf'), broken());
  for (const f of [...variants.map((v) => v.name), 'handmade-2021-nonembedded-font', 'handmade-image-only', 'handmade-encrypted', 'handmade-broken']) {
    const runs = await pdfBytesToRuns(new Uint8Array(readFileSync(pdfPath(f))));
    writeFileSync(join(out, `${f}.runs.json`), runsToJson(runs));
  }
  rmSync(scratch, { recursive: true, force: true });
  console.log(`make-fixtures: ${out}`);
}

main().catch((e) => { console.error(e); process.exitCode = 1; });
