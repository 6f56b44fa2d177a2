// PDF in Node: pdf.js extracts the runs (js/pdf-node.mjs), the core reads them. One PDF gives one
// answer: checkFile(pdf) in Node, `nianbao runs` + native `check --runs`, and the native CLI given
// the PDF itself all agree; the corpus PDFs give every hand-typed cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cells, corpusDir, dist, fixturesDir, nativeCli, notBuilt, run } from './helpers.mjs';

const pdfDir = join(fixturesDir, 'pdf');
const corpusPdf = (id) => join(corpusDir, 'pdf', `${id}.pdf`);
const haveCorpus = existsSync(corpusPdf('001'));
const cliJs = join(dist, 'cli.mjs');

let checkerPromise;
async function checker() {
  if (!checkerPromise) checkerPromise = import('nianbao').then((m) => m.createChecker());
  return checkerPromise;
}
const bytes = (p) => new Uint8Array(readFileSync(p));

test('the corpus PDFs read in Node give every hand-typed cell and the model of their text versions', { skip: notBuilt || (haveCorpus ? false : 'no ../shared/corpus/pdf') }, async () => {
  const c = await checker();
  const truth = JSON.parse(readFileSync(join(corpusDir, 'truth-cells.json'), 'utf8'));
  for (const id of ['001', '002', '003']) {
    const pdf = await c.checkFile(bytes(corpusPdf(id)), { name: `${id}.pdf` });
    assert.equal(pdf.input.kind, 'pdf');
    const got = cells(pdf);
    for (const [key, want] of Object.entries(truth[id])) assert.equal(got[key], want, `${id} ${key}`);
    const text = await c.checkFile(bytes(join(corpusDir, 'reports', `${id}.txt`)), { name: `${id}.txt` });
    assert.deepEqual(got, cells(text), `${id}: PDF and text give the same tables`);
    assert.equal(pdf.report.title, text.report.title);
    assert.equal(pdf.report.year, text.report.year);
    // Arithmetic findings point at the printed number on its page.
    for (const d of pdf.diagnostics.filter((x) => x.rule === 't4-total')) {
      assert.ok(d.box && d.box.page >= 1 && d.box.w > 0 && d.box.h > 0, JSON.stringify(d));
    }
  }
});

test('native CLI on a PDF (through the extractor), on its runs, and the package CLI give identical JSON', { skip: notBuilt || (!nativeCli ? 'no native CLI' : false) || (haveCorpus ? false : 'no corpus PDFs') }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-pdf-'));
  try {
    const pdf = corpusPdf('002');
    const runs = run(process.execPath, [cliJs, 'runs', pdf]);
    assert.equal(runs.status, 0, runs.stderr);
    const runsFile = join(dir, '002.runs.json');
    writeFileSync(runsFile, runs.stdout);
    const wasmPdf = run(process.execPath, [cliJs, 'check', '--format', 'json', pdf]);
    const nativePdf = run(nativeCli, ['check', '--format', 'json', pdf]);
    assert.equal(nativePdf.stdout, wasmPdf.stdout);
    assert.equal(nativePdf.status, 1);  // the hand-found errors of 002
    const wasmRuns = run(process.execPath, [cliJs, 'check', '--format', 'json', '--runs', runsFile]);
    const nativeRuns = run(nativeCli, ['check', '--format', 'json', '--runs', runsFile]);
    assert.equal(nativeRuns.stdout, wasmRuns.stdout);
    // The same findings at the same places whichever way the runs came.
    const strip = (s) => JSON.parse(s)[0].diagnostics.map((d) => [d.rule, d.cell, d.box, d.at]);
    assert.deepEqual(strip(nativeRuns.stdout), strip(nativePdf.stdout));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the extractor still makes exactly the committed runs of the fixture PDFs', { skip: notBuilt }, async () => {
  const { pdfBytesToRuns, runsToJson } = await import(join(dist, 'pdf-node.mjs'));
  for (const name of ['chromium-2021-ruled', 'handmade-2021-nonembedded-font', 'handmade-image-only', 'handmade-encrypted', 'handmade-broken']) {
    const got = runsToJson(await pdfBytesToRuns(bytes(join(pdfDir, `${name}.pdf`))));
    assert.equal(got, readFileSync(join(pdfDir, `${name}.runs.json`), 'utf8'), `${name}: regenerate with node tests/pdf/make-fixtures.mjs`);
  }
});

test('ruling lines: stroked and thin filled straight paths through the current transformation, curves and clips left out', { skip: notBuilt }, async () => {
  const { loadPdfjs } = await import(join(dist, 'pdf-node.mjs'));
  const { rulingLines } = await import(join(dist, 'pdf.mjs'));
  const pdfjs = await loadPdfjs();
  const { OPS } = pdfjs;
  // A4 displayed: y flips (PDF origin bottom-left, runs top-left).
  const viewport = { transform: [1, 0, 0, -1, 0, 842] };
  const path = (op, ...cmds) => [OPS.constructPath, [op, [new Float32Array(cmds.flat())], null]];
  const ops = [
    [OPS.setLineWidth, [0.5]],
    path(OPS.stroke, [0, 100, 700], [1, 300, 700]),                    // horizontal rule
    [OPS.save, []],
    [OPS.transform, [1, 0, 0, 1, 50, -100]],                           // cm: moved right 50, down 100
    path(OPS.stroke, [0, 200, 700], [1, 200, 740]),                    // vertical rule, 40 long
    [OPS.restore, []],
    path(OPS.fill, [0, 100, 600], [1, 300, 600], [1, 300, 601], [1, 100, 601], [4]),  // thin filled bar
    path(OPS.fill, [0, 100, 500], [1, 300, 500], [1, 300, 540], [1, 100, 540], [4]),  // shading: not a rule
    path(OPS.stroke, [0, 100, 400], [2, 150, 450, 200, 450, 250, 400]),               // a curve
    path(OPS.endPath, [0, 100, 300], [1, 300, 300]),                                  // a clip, not drawn
    path(OPS.stroke, [0, 100, 200], [1, 101, 200]),                                   // a mark, too short
  ];
  const lines = rulingLines(pdfjs, { fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }, viewport);
  assert.deepEqual(lines, [
    { x: 100, y: 141.75, w: 200, h: 0.5 },
    { x: 249.75, y: 202, w: 0.5, h: 40 },
    { x: 100, y: 241, w: 200, h: 1 },
  ]);
  // the fixture's ruled tables: 表二's label column ends at x = 240 with a rule down every row
  const runs = JSON.parse(readFileSync(join(pdfDir, 'handmade-2021-nonembedded-font.runs.json'), 'utf8'));
  const atLabelEdge = runs.pages[0].lines.filter((l) => l.w < 1 && Math.abs(l.x + l.w / 2 - 240) < 0.5);
  assert.ok(atLabelEdge.length >= 10, JSON.stringify(atLabelEdge));
});

test('fixture PDFs give the tables of the reports they were printed from', { skip: notBuilt }, async () => {
  const c = await checker();
  const html = cells(await c.checkFile(bytes(join(fixturesDir, 'clean-2021.html')), { name: 'clean-2021.html' }));
  const tabs = cells(await c.checkFile(bytes(join(fixturesDir, 'clean-2021-tabs.txt')), { name: 'clean-2021-tabs.txt' }));
  assert.ok(Object.keys(html).length >= 170);
  // Printed by Chromium (embedded subset fonts, radicals in the text layer).
  const ruled = await c.checkFile(bytes(join(pdfDir, 'chromium-2021-ruled.pdf')), { name: 'ruled.pdf' });
  assert.deepEqual(cells(ruled), html);
  assert.equal(ruled.summary.errors, 0, JSON.stringify(ruled.diagnostics.filter((d) => d.severity === 'error')));
  // Set in STSong-Light, not embedded: readable only with pdf.js's CMaps (UniGB-UCS2-H); narrow
  // columns, labels running on over number columns and numbers touching their labels.
  const song = await c.checkFile(bytes(join(pdfDir, 'handmade-2021-nonembedded-font.pdf')), { name: 'song.pdf' });
  const tabsResult = await c.checkFile(bytes(join(fixturesDir, 'clean-2021-tabs.txt')), { name: 'clean-2021-tabs.txt' });
  assert.equal(song.report.title, tabsResult.report.title);
  assert.equal(song.report.template, '2021');
  assert.ok(Object.keys(tabs).length >= 170);
  assert.deepEqual(cells(song), tabs);
  assert.equal(song.summary.errors, 0, JSON.stringify(song.diagnostics.filter((d) => d.severity === 'error')));
});

test('a scan, an encrypted PDF and a broken PDF are explained, nothing hangs', { skip: notBuilt }, async () => {
  const c = await checker();
  const only = async (name) => {
    const r = await c.checkFile(bytes(join(pdfDir, `${name}.pdf`)), { name: `${name}.pdf` });
    assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
    assert.equal(r.diagnostics[0].rule, 'input-unreadable');
    return r.diagnostics[0].message;
  };
  assert.match(await only('handmade-image-only'), /扫描件.*OCR/);
  assert.match(await only('handmade-encrypted'), /加密/);
  assert.match(await only('handmade-broken'), /损坏/);
  // Garbage behind a PDF header and a truncated real PDF: an answer, not a hang or a throw.
  const head = bytes(join(pdfDir, 'chromium-2021-ruled.pdf')).subarray(0, 5000);
  const r = await c.checkFile(head, { name: 'cut.pdf' });
  assert.equal(r.summary.errors >= 1, true);
});
