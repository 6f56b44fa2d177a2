// node bench/pdf.mjs: figures for reading PDF, printed, never asserted.
//   pdf.js load time (first PDF in a process pays it)
//   per PDF: pages, extraction time (pdf.js) per page, runs size, reading + checking the runs in
//   WebAssembly, and the native CLI on the same runs (build/nianbao check --runs)
// PDFs: tests/fixtures/pdf/*.pdf and ../shared/corpus/pdf/*.pdf when present. (The page uses the same
// extractor in a worker; its figure comes from the browser test's timing, not from here.)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { corpusDir, dist, fixturesDir, nativeCli } from '../tests/node/helpers.mjs';

if (!existsSync(join(dist, 'pdf-node.mjs'))) {
  console.error('bench/pdf: dist/ is not built: run `npm run build` first');
  process.exit(2);
}
const { loadPdfjs, pdfBytesToRuns, runsToJson } = await import(join(dist, 'pdf-node.mjs'));
const { createChecker } = await import('nianbao');
const checker = await createChecker();

let t0 = performance.now();
await loadPdfjs();
console.log(`pdf.js load                ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);

const pdfs = [];
for (const dir of [join(fixturesDir, 'pdf'), join(corpusDir, 'pdf')]) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.pdf')) pdfs.push(join(dir, f));
}
const tmp = mkdtempSync(join(tmpdir(), 'nianbao-bench-pdf-'));
console.log('\nfile                                   pages  extract/page    runs KiB  check(wasm)  check(native CLI)');
try {
  for (const p of pdfs) {
    const bytes = new Uint8Array(readFileSync(p));
    t0 = performance.now();
    const runs = await pdfBytesToRuns(bytes);
    const extract = performance.now() - t0;
    const pages = Math.max(1, runs.pages.length);
    const json = runsToJson(runs);
    t0 = performance.now();
    checker.check(json, { kind: 'pdf-runs' });
    const wasm = performance.now() - t0;
    let native = '';
    if (nativeCli) {
      const f = join(tmp, 'r.runs.json');
      writeFileSync(f, json);
      t0 = performance.now();
      spawnSync(nativeCli, ['check', '--runs', '--format', 'json', f]);
      native = `${(performance.now() - t0).toFixed(1)} ms (process)`;
    }
    const name = p.split('/').slice(-2).join('/');
    console.log(`${name.padEnd(38)} ${String(runs.pages.length).padStart(5)} ${(extract / pages).toFixed(1).padStart(10)} ms ${(json.length / 1024).toFixed(1).padStart(10)} ${wasm.toFixed(1).padStart(9)} ms  ${native}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
