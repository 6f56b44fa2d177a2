// OFD in Node: an .ofd (GB/T 33190, a ZIP of XML pages with positioned text) is read by js/ofd.mjs into the
// same runs the core reads for a PDF. The OFD fixtures (tests/pdf/make-ofd-fixtures.mjs) hold the text of runs
// fixtures at the same places, so an .ofd must give exactly the cells of those runs; the package CLI, the
// native CLI (through the same extractor) and checkFile agree; a damaged OFD is explained.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { cells, dist, fixturesDir, nativeCli, notBuilt, run } from './helpers.mjs';
import { OFD_FIXTURES, ofdOf } from '../pdf/make-ofd-fixtures.mjs';

const ofdDir = join(fixturesDir, 'ofd');
const pdfDir = join(fixturesDir, 'pdf');
const cliJs = join(dist, 'cli.mjs');
const bytes = (p) => new Uint8Array(readFileSync(p));

let checkerPromise;
const checker = () => (checkerPromise ||= import('nianbao').then((m) => m.createChecker()));

test('the committed OFD fixtures are what the generator makes of their runs', () => {
  for (const [name, source] of Object.entries(OFD_FIXTURES)) {
    const made = ofdOf(JSON.parse(readFileSync(join(pdfDir, `${source}.runs.json`), 'utf8')));
    assert.deepEqual(Buffer.from(made), readFileSync(join(ofdDir, `${name}.ofd`)), `${name}: regenerate with node tests/pdf/make-ofd-fixtures.mjs`);
  }
});

test('checkFile(.ofd) gives the cells of the same runs and of the report they were printed from', { skip: notBuilt }, async () => {
  const c = await checker();
  const sources = { 'handmade-2021': 'clean-2021-tabs.txt', 'chromium-2021-ruled': 'clean-2021.html' };
  for (const [name, source] of Object.entries(OFD_FIXTURES)) {
    const ofd = await c.checkFile(bytes(join(ofdDir, `${name}.ofd`)), { name: `${name}.ofd` });
    assert.equal(ofd.input.kind, 'ofd');
    const runs = await c.checkFile(bytes(join(pdfDir, `${source}.runs.json`)), { name: `${source}.runs.json` });
    const report = await c.checkFile(bytes(join(fixturesDir, sources[name])), { name: sources[name] });
    assert.ok(Object.keys(cells(report)).length >= 170);
    assert.deepEqual(cells(ofd), cells(runs), name);
    assert.deepEqual(cells(ofd), cells(report), name);
    assert.equal(ofd.report.title, report.report.title);
    assert.equal(ofd.summary.errors, 0, JSON.stringify(ofd.diagnostics.filter((d) => d.severity === 'error')));
  }
});

test('a finding in an OFD points at its place on the page', { skip: notBuilt }, async () => {
  const c = await checker();
  // 表三's total of 予以公开 changed from 15 to 16 in the text layer: t3 arithmetic fires, with a box.
  const runs = JSON.parse(readFileSync(join(pdfDir, 'handmade-2021-nonembedded-font.runs.json'), 'utf8'));
  const total = runs.pages[1].runs.find((r) => r.text === '15' && r.x > 460);
  total.text = '16';
  const r = await c.checkFile(ofdOf(runs), { name: 'changed.ofd' });
  const found = r.diagnostics.filter((d) => d.cell === 't3.r1.total');
  assert.ok(found.length >= 1, JSON.stringify(r.diagnostics.map((d) => [d.rule, d.cell])));
  const box = found[0].box;
  assert.equal(box.page, 2);
  assert.ok(Math.abs(box.x - total.x) < 0.5 && Math.abs(box.y - total.y) < 0.5, JSON.stringify(box));
});

test('package CLI (runs, check) and the native CLI read an .ofd alike', { skip: notBuilt || (!nativeCli ? 'no native CLI' : false) }, () => {
  const file = join(ofdDir, 'handmade-2021.ofd');
  const runs = run(process.execPath, [cliJs, 'runs', file]);
  assert.equal(runs.status, 0, runs.stderr);
  assert.equal(JSON.parse(runs.stdout).source, 'ofd');
  const wasm = run(process.execPath, [cliJs, 'check', '--format', 'json', file]);
  const native = run(nativeCli, ['check', '--format', 'json', file]);
  assert.equal(native.status, 0, native.stderr);
  assert.equal(native.stdout, wasm.stdout);
});

test('a damaged OFD is explained; an OFD that inflates too far is refused, not read', { skip: notBuilt }, async () => {
  const c = await checker();
  const zip = (files) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
  const noDoc = await c.checkFile(zip({ 'OFD.xml': '<ofd:OFD><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>' }), { name: 'lost.ofd' });
  assert.equal(noDoc.input.kind, 'ofd');
  assert.deepEqual(noDoc.diagnostics.map((d) => d.rule), ['input-unreadable']);
  assert.match(noDoc.diagnostics[0].message, /损坏/);
  const huge = await c.checkFile(zip({ 'OFD.xml': '<ofd:OFD><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:OFD>', 'Doc_0/Document.xml': new Uint8Array(40 * 1024 * 1024) }), { name: 'huge.ofd' });
  assert.deepEqual(huge.diagnostics.map((d) => d.rule), ['input-unreadable']);
});
