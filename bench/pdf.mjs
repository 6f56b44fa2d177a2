// node bench/pdf.mjs: figures for reading PDF, printed, never asserted. Per PDF page:
//   Node     pdf.js extraction (js/pdf-node.mjs) and the check of its runs in WebAssembly (checkFile's two halves)
//   page     the offline page (dist/nianbao.html from file://, Chromium via playwright): drop to result, warm
//            (pdf.js started by an earlier PDF); the first PDF's start-up of the PDF part is printed apart
//   native   the runs reader alone (build/nianbao_bench --extract on the runs JSON) and read + rules + result JSON
// PDFs: tests/fixtures/pdf/*.pdf and ../shared/corpus/pdf/*.pdf when present.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDir, dist, fixturesDir, root } from '../tests/node/helpers.mjs';

if (!existsSync(join(dist, 'pdf-node.mjs'))) {
  console.error('bench/pdf: dist/ is not built: run `npm run build` first');
  process.exit(2);
}
const { loadPdfjs, pdfBytesToRuns, runsToJson } = await import(join(dist, 'pdf-node.mjs'));
const { createChecker } = await import('nianbao');
const checker = await createChecker();
const benchBin = [process.env.NIANBAO_BENCH, join(root, 'build', 'nianbao_bench')].find((p) => p && existsSync(p));
const f1 = (v) => (v == null ? '—' : v.toFixed(1));

let t0 = performance.now();
await loadPdfjs();
console.log(`pdf.js load in Node: ${f1(performance.now() - t0)} ms (once per process)`);

const pdfs = [];
for (const dir of [join(fixturesDir, 'pdf'), join(corpusDir, 'pdf')]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.pdf')) pdfs.push(join(dir, f));
}

// ---- Node, and the runs for the native reader ----------------------------------------------------------------
// The best of REPEAT runs (after one warm-up of each), so the JIT and a busy machine weigh less.
const REPEAT = 3;
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
const rows = [];
for (const p of pdfs) {
  const bytes = new Uint8Array(readFileSync(p));
  let runs, json;
  let extract = Infinity, check = Infinity;
  for (let k = 0; k <= REPEAT; k++) {
    t0 = performance.now();
    runs = await pdfBytesToRuns(bytes);
    if (k) extract = Math.min(extract, performance.now() - t0);
    json = runsToJson(runs);
    t0 = performance.now();
    checker.check(json, { kind: 'pdf-runs' });
    if (k) check = Math.min(check, performance.now() - t0);
  }
  const runsFile = join(tmp, `${rows.length}.runs.json`);
  writeFileSync(runsFile, json);
  rows.push({ p, name: p.split('/').slice(-2).join('/'), bytes, pages: Math.max(1, runs.pages.length), extract, check, runsKiB: json.length / 1024, runsFile });
}

// ---- native: the runs reader (--extract) and the whole check -----------------------------------------------------
function nativeMs(file, extra) {
  if (!benchBin) return null;
  const r = spawnSync(benchBin, ['--min-ms', '200', ...extra, file], { encoding: 'utf8' });
  const line = (r.stdout || '').trim().split('\n').pop();
  try {
    return JSON.parse(line).ms;
  } catch {
    return null;
  }
}
for (const r of rows) {
  r.nativeRead = nativeMs(r.runsFile, ['--extract']);
  r.nativeCheck = nativeMs(r.runsFile, []);
}

// ---- the page: dist/nianbao.html from file:// ---------------------------------------------------------------------
let pageStart = null;
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
if (existsSync(join(dist, 'nianbao.html')) && existsSync(chromium) && !process.env.BENCH_NO_BROWSER) {
  const { launch, openPage, singleFileUrl } = await import('../tests/web/support/browser.mjs');
  const browser = await launch();
  try {
    const { page } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    await page.evaluate(() => document.querySelector('nianbao-checker').check());
    // One PDF checked in the page: drop to result (the element's own path: checkFile with pdf.js, then render).
    const dropMs = (name, bytes) => page.evaluate(async ([name, b64]) => {
      const bin = atob(b64);
      const u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      const el = document.querySelector('nianbao-checker');
      const done = new Promise((res) => el.addEventListener('nianbao-result', function on(e) {
        if (e.detail && e.detail.file === name) { el.removeEventListener('nianbao-result', on); res(); }
      }));
      const dt = new DataTransfer();
      dt.items.add(new File([u8], name, { type: 'application/pdf' }));
      const t = performance.now();
      el.shadowRoot.querySelector('.nb-drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true }));
      await done;
      return performance.now() - t;
    }, [name, Buffer.from(bytes).toString('base64')]);
    // Start-up of the PDF part: a first PDF that pdf.js refuses at once (no page to read or draw), less the same again.
    const first = rows.find((r) => /broken/.test(r.name)) || rows[0];
    if (first) {
      const cold = await dropMs(`cold-${first.name}`, first.bytes);
      const warm = await dropMs(`warm-${first.name}`, first.bytes);
      pageStart = cold - warm;
    }
    for (const r of rows) {
      r.page = Infinity;
      for (let k = 0; k < REPEAT; k++) r.page = Math.min(r.page, await dropMs(`${k}-${r.name}`, r.bytes));
    }
  } finally {
    await browser.close();
  }
}
rmSync(tmp, { recursive: true, force: true });

if (pageStart != null) console.log(`PDF part start-up in the page (inflate, pdf.js script, worker): ${f1(pageStart)} ms (first PDF only)`);
console.log('\nms per PDF page          pages | Node: extract  check(wasm) | page: drop→result | native: read  check | runs KiB');
for (const r of rows) {
  const per = (v) => (v == null ? '—' : f1(v / r.pages)).padStart(7);
  console.log(`${r.name.padEnd(40)} ${String(r.pages).padStart(3)} | ${per(r.extract)} ${per(r.check)}     | ${per(r.page).padStart(10)}        | ${per(r.nativeRead)} ${per(r.nativeCheck)} | ${f1(r.runsKiB).padStart(6)}`);
}
if (!benchBin) console.log('(native: build/nianbao_bench not built)');
// For bench/bench.mjs (--json): one JSON object on the last line, ms per PDF page.
if (process.argv.includes('--json')) {
  const round1 = (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x * 10) / 10 : null);
  const perPage = (v, r) => (v == null ? null : round1(v / r.pages));
  console.log(JSON.stringify({
    bench: 'pdf',
    page_start_ms: round1(pageStart),
    files: rows.map((r) => ({ name: r.name, pages: r.pages, extract_ms_per_page: perPage(r.extract, r), check_ms_per_page: perPage(r.check, r),
      page_ms_per_page: perPage(r.page, r), native_read_ms_per_page: perPage(r.nativeRead, r), native_check_ms_per_page: perPage(r.nativeCheck, r) })),
  }));
}
