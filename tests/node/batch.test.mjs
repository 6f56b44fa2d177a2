// checkMany (js/batch.mjs) and the previous-year options of the package: the same pairing and the
// same cross-year findings as the native CLI, progress reported, bad files answered in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, fixturesDir, notBuilt } from './helpers.mjs';

const base = readFileSync(join(fixturesDir, 'clean-2021-tabs.txt'), 'utf8');
const report = (agency, year) => base.replaceAll('青山县市场监督管理局', agency).replaceAll('2024', String(year));
const rulesOf = (r) => new Set(r.diagnostics.map((d) => d.rule));

test('checkMany pairs consecutive years and reports every file', { skip: notBuilt }, async () => {
  const { checkMany, summarizeResults } = await import(join(dist, 'index.mjs'));
  const files = [
    { name: 'market-2024.txt', data: report('青山县市场监督管理局', 2024) },
    { name: 'market-2023.txt', data: report('青山县市场监督管理局', 2023) },
    { name: 'office-2024.txt', data: report('青山县人民政府办公室', 2024) },
    { name: 'county-2023.txt', data: report('青山县人民政府', 2023) },
    { name: 'empty.txt', data: '' },
    { name: 'binary.txt', data: new Uint8Array([0, 1, 2, 255, 0, 0, 0, 0]) },
  ];
  const seen = [];
  const results = await checkMany(files, { onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`) });
  assert.equal(results.length, files.length);
  assert.deepEqual(results.map((r) => r.file), files.map((f) => f.name));
  assert.equal(results[0].previous.file, 'market-2023.txt');
  assert.equal(results[2].previous, null, "a government's office is not the government");
  assert.ok(rulesOf(results[0]).has('prev-carry-over'));
  assert.ok(rulesOf(results[0]).has('prev-identical-tables'));
  assert.ok(rulesOf(results[4]).has('input-unreadable'));
  assert.ok(rulesOf(results[5]).has('input-unreadable'));
  assert.ok(seen.includes('checking:6/6'));
  const s = summarizeResults(results);
  assert.equal(s.files, 6);
  assert.equal(s.unreadable, 2);
  assert.equal(s.paired, 1);
  assert.ok(s.rules.some((r) => r.rule === 'prev-carry-over'));
});

test('check(text, {previous}) runs the cross-year rules, silent without it', { skip: notBuilt }, async () => {
  const { createChecker } = await import(join(dist, 'index.mjs'));
  const checker = await createChecker();
  const now = report('青山县财政局', 2024);
  assert.ok(![...rulesOf(checker.check(now))].some((r) => r.startsWith('prev-')));
  const r = checker.check(now, { previous: report('青山县财政局', 2023), previousName: '2023.txt' });
  assert.equal(r.previous.file, '2023.txt');
  assert.ok(rulesOf(r).has('prev-duplicate-text'));
  const late = checker.check(now, { published: '2025-02-20' });
  assert.ok(rulesOf(late).has('publish-late'));
});

// Last year's report as a PDF: read by the PDF reader, as the report itself would be, in checkMany, in
// checker.previousFrom and in the Node CLI's --previous (its bytes used to be taken as text: unreadable).
test("last year's report as a PDF is read as a PDF: checkMany, previousFrom and the CLI's --previous", { skip: notBuilt }, async () => {
  const { checkMany, createChecker } = await import(join(dist, 'index.mjs'));
  const pdfPath = join(fixturesDir, 'pdf', 'chromium-2021-ruled.pdf'); // 青山县市场监督管理局, 2024
  const pdf = new Uint8Array(readFileSync(pdfPath));
  const now = report('青山县市场监督管理局', 2025);
  const [r] = await checkMany([{ name: 'market-2025.txt', data: now }, { name: 'market-2024.pdf', data: pdf }]);
  assert.deepEqual(r.previous, { agency: '青山县市场监督管理局', file: 'market-2024.pdf', readable: true, year: 2024 });
  assert.ok(rulesOf(r).has('prev-identical-tables'), 'the same tables as last year are found');

  const checker = await createChecker();
  const opts = await checker.previousFrom(pdf, { name: 'market-2024.pdf' });
  assert.equal(opts.previousKind, 'pdf-runs');
  assert.equal(opts.previousName, 'market-2024.pdf');
  const text = await checker.previousFrom(new TextEncoder().encode(now), { name: 'now.txt' });
  assert.equal(text.previousKind, 'auto', 'text stays text');

  const dir = mkdtempSync(join(tmpdir(), 'nianbao-prev-pdf-'));
  try {
    writeFileSync(join(dir, 'market-2025.txt'), now);
    const cli = spawnSync(process.execPath, [join(dist, 'cli.mjs'), 'check', '--format', 'json', '--previous', pdfPath, join(dir, 'market-2025.txt')], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const [fromCli] = [].concat(JSON.parse(cli.stdout));
    assert.equal(fromCli.previous.readable, true, cli.stderr);
    assert.equal(fromCli.previous.year, 2024);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
