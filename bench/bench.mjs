// npm run bench [-- --json] [-- --quick]: speed and size figures, printed, never asserted.
//   One table per file interleaving native (bench/bench_check.cpp, CPU time), WebAssembly in Node and in
//   Chromium: each round runs all three over every file, and the figures are medians over rounds, so ratios
//   hold on a busy machine. Also: instructions per input byte (callgrind, when valgrind is installed), the
//   reading half alone, the CLI over many files (throughput, peak memory), sizes (raw, gzip), the offline
//   page from file:// (load, paste -> painted, edit -> painted, a 1 MB input), and the figures of
//   bench/batch.mjs, bench/pdf.mjs, bench/scaling.mjs when they exist (each run with --json).
// --json prints one JSON object (keys in README.md "Speed and size"); without it, tables.
// Needs: `npm run build` (dist/) and the native build (build/nianbao_bench, build/nianbao).
import { existsSync, readFileSync, statSync, mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dist, inputFiles, root, seedPath } from '../tests/node/helpers.mjs';
import { browserAvailable, launch, median, openChecker, pageFigures } from './browser.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const quick = args.includes('--quick');
const ROUNDS = Number(process.env.BENCH_ROUNDS || (quick ? 3 : 5));
const MIN_MS = Number(process.env.BENCH_MIN_MS || (quick ? 40 : 100));
const log = asJson ? () => {} : (...a) => console.log(...a);
const figures = {};
const round = (x, d = 3) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));

if (!existsSync(join(dist, 'nianbao-core.wasm'))) {
  console.error('bench: dist/ is not built: run `npm run build` first');
  process.exit(2);
}
const findBin = (name) => [process.env[`NIANBAO_${name.toUpperCase()}`], join(root, 'build', name), join(root, 'build-wasm-native', name)]
  .find((p) => p && existsSync(p));
const benchBin = findBin('nianbao_bench');
const cliBin = findBin('nianbao');

// ---- sizes ---------------------------------------------------------------------------------------------
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const sizeOf = (f) => (existsSync(join(dist, f)) ? readFileSync(join(dist, f)) : null);
log('# Sizes (KiB)');
log(`${'file'.padEnd(28)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)}`);
for (const f of ['nianbao-core.wasm', 'nianbao-core.mjs', 'checker.mjs', 'fflate.mjs', 'nianbao-core.single.mjs', 'nianbao.js', 'web/nianbao-web.js', 'nianbao.html']) {
  const b = sizeOf(f);
  if (b) log(`${f.padEnd(28)} ${(b.length / 1024).toFixed(1).padStart(9)} ${(gz(b) / 1024).toFixed(1).padStart(9)}`);
}
// The checker: what a page embedding the package loads (module, glue, API).
const checkerParts = ['nianbao-core.wasm', 'nianbao-core.mjs', 'checker.mjs'].map(sizeOf).filter(Boolean);
figures.checker_gz_kb = round(checkerParts.reduce((n, b) => n + gz(b), 0) / 1024, 1);
figures.wasm_kb = round(sizeOf('nianbao-core.wasm').length / 1024, 1);
figures.single_file_kb = sizeOf('nianbao.html') ? round(sizeOf('nianbao.html').length / 1024, 1) : null;
log(`checker (wasm + glue + checker.mjs) gzip: ${figures.checker_gz_kb} KiB; single-file page: ${figures.single_file_kb} KiB raw`);

// ---- inputs --------------------------------------------------------------------------------------------
const { createChecker, decodeBytes } = await import('nianbao');
const checker = await createChecker();
const items = inputFiles().filter((f) => !/\.docx$/i.test(f)).map((f) => {
  const d = decodeBytes(readFileSync(f), f);
  return { file: f, rel: relative(root, f), bytes: statSync(f).size, text: d.text !== undefined ? d.text : new TextDecoder().decode(d.bytes), kind: d.kind === 'html' ? 'html' : 'auto' };
});
const totalBytes = items.reduce((n, i) => n + i.bytes, 0);

// ---- native, WebAssembly in Node and in Chromium: interleaved rounds -------------------------------------
function nativeRound(extra = []) {
  if (!benchBin) return null;
  const r = spawnSync(benchBin, ['--min-ms', String(MIN_MS), ...extra, ...items.map((i) => i.rel)], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const m = new Map();
  for (const line of (r.stdout || '').split('\n').filter(Boolean)) { const j = JSON.parse(line); m.set(j.file, j.ms); }
  return m;
}
// ms of process CPU per call of `call`: one untimed call, then repeated calls over >= MIN_MS (like the native bench)
function cpuMsPerCall(call) {
  call();
  let runs = 0;
  const t0 = process.cpuUsage();
  let el = 0;
  do { call(); runs++; el = process.cpuUsage(t0).user / 1000; } while (el < MIN_MS);
  return el / runs;
}
function nodeTime(item) {
  const opts = { kind: item.kind };
  return cpuMsPerCall(() => checker.check(item.text, opts));
}
// The module's own call, as native's figure measures it: the input's UTF-8 made once, the result left as the
// UTF-8 view the call returns (neither decoded nor JSON.parse()d, which the package's check() does and native
// never does). The difference to nodeTime is the JS side of a check.
const createCore = (await import(join(dist, 'nianbao-core.mjs'))).default;
const core = await createCore({ wasmBinary: readFileSync(join(dist, 'nianbao-core.wasm')), print: () => {}, printErr: () => {} });
for (const i of items) {
  i.utf8 = new TextEncoder().encode(i.text);
  i.optionsJson = JSON.stringify({ kind: i.kind, lang: 'zh', name: '', encoding: 'utf-8' });
}
const coreTime = (item) => cpuMsPerCall(() => core.check(item.utf8, item.optionsJson));
// Warm-up: let V8 tier the WebAssembly up (Liftoff -> TurboFan) before timing.
{ const t0 = performance.now(); while (performance.now() - t0 < 1500) for (const i of items) { checker.check(i.text, { kind: i.kind }); core.check(i.utf8, i.optionsJson); } }

const noBrowser = browserAvailable(dist);
let browser = null, chrome = null;
if (!noBrowser && !process.env.BENCH_NO_BROWSER) {
  browser = await launch();
  chrome = await openChecker(browser, dist);
  await chrome.warm(items.map(({ text, kind }) => ({ text, kind })), 1500);
}
const per = new Map(items.map((i) => [i.rel, { native: [], node: [], core: [], chrome: [] }]));
for (let r = 0; r < ROUNDS; r++) {
  const n = nativeRound();
  if (n) for (const i of items) if (n.has(i.rel)) per.get(i.rel).native.push(n.get(i.rel));
  for (const i of items) per.get(i.rel).node.push(nodeTime(i));
  for (const i of items) per.get(i.rel).core.push(coreTime(i));
  if (chrome) {
    const c = await chrome.time(items.map(({ text, kind }) => ({ text, kind })), MIN_MS);
    items.forEach((i, k) => per.get(i.rel).chrome.push(c[k]));
  }
}
log(`\n# Check + result JSON, ms per report (median of ${ROUNDS} interleaved rounds; native: thread CPU time, Node: process CPU time, Chromium: wall time)`);
log(`${'file'.padEnd(40)} ${'KiB'.padStart(6)} ${'native'.padStart(8)} ${'node'.padStart(8)} ${'chrome'.padStart(8)} ${'node/n'.padStart(7)} ${'chr/n'.padStart(7)}`);
const sums = { native: 0, node: 0, core: 0, chrome: 0 };
for (const i of items) {
  const p = per.get(i.rel);
  const n = median(p.native), w = median(p.node), c = median(p.chrome);
  sums.native += n || 0; sums.node += w; sums.core += median(p.core); sums.chrome += c || 0;
  const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}x` : '-');
  log(`${i.rel.slice(-40).padEnd(40)} ${(i.bytes / 1024).toFixed(1).padStart(6)} ${(n ? n.toFixed(3) : '-').padStart(8)} ${w.toFixed(3).padStart(8)} ${(c ? c.toFixed(3) : '-').padStart(8)} ${ratio(w, n).padStart(7)} ${ratio(c, n).padStart(7)}`);
}
const k = items.length;
log(`${'mean per report'.padEnd(40)} ${(totalBytes / k / 1024).toFixed(1).padStart(6)} ${(sums.native / k).toFixed(3).padStart(8)} ${(sums.node / k).toFixed(3).padStart(8)} ${(sums.chrome / k).toFixed(3).padStart(8)} ${(sums.node / sums.native).toFixed(2).padStart(6)}x ${(sums.chrome / sums.native).toFixed(2).padStart(6)}x`);
log(`${'  the module call alone (Node)'.padEnd(40)} ${''.padStart(6)} ${''.padStart(8)} ${(sums.core / k).toFixed(3).padStart(8)} ${''.padStart(8)} ${(sums.core / sums.native).toFixed(2).padStart(6)}x   (result neither decoded nor parsed, as native)`);
figures.reports = k;
figures.mean_report_kb = round(totalBytes / k / 1024, 1);
figures.native_us_per_report = benchBin ? round((sums.native / k) * 1000, 1) : null;
figures.wasm_us_per_report = round((sums.node / k) * 1000, 1);
figures.chromium_us_per_report = chrome ? round((sums.chrome / k) * 1000, 1) : null;
figures.wasm_native_ratio = benchBin ? round(sums.node / sums.native, 2) : null;
// the module's call alone (coreTime): how much of the ratio is the core and how much the JS side's decode + parse
figures.wasm_core_us_per_report = round((sums.core / k) * 1000, 1);
figures.wasm_core_native_ratio = benchBin ? round(sums.core / sums.native, 2) : null;
figures.chromium_native_ratio = benchBin && chrome ? round(sums.chrome / sums.native, 2) : null;
if (chrome) await chrome.close();

// ---- instructions (deterministic, whatever the load) -----------------------------------------------------
const valgrind = spawnSync('valgrind', ['--version'], { encoding: 'utf8' });
if (benchBin && valgrind.status === 0 && !process.env.BENCH_NO_CALLGRIND) {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const irOf = (runs) => {
    const out = join(dir, `cg.${runs}`);
    spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, benchBin, '--runs', String(runs), ...items.map((i) => i.rel)], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
    const m = /summary:\s*(\d+)/.exec(readFileSync(out, 'utf8'));
    return m ? Number(m[1]) : NaN;
  };
  const seed = items.find((i) => i.file === seedPath);
  const irSeed = (runs) => {
    const out = join(dir, `seed.${runs}`);
    spawnSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${out}`, benchBin, '--runs', String(runs), seed.rel], { cwd: root, encoding: 'utf8' });
    const m = /summary:\s*(\d+)/.exec(readFileSync(out, 'utf8'));
    return m ? Number(m[1]) : NaN;
  };
  const perPass = (irOf(3) - irOf(1)) / 2;  // one more check of every file; start-up cancels out
  figures.native_instructions_per_byte = round(perPass / totalBytes, 0);
  if (seed) {
    const s = (irSeed(5) - irSeed(1)) / 4;
    figures.seed_report_kb = round(seed.bytes / 1024, 1);
    figures.seed_instructions = Math.round(s);
    figures.seed_instructions_per_byte = round(s / seed.bytes, 0);
  }
  rmSync(dir, { recursive: true, force: true });
  log(`\n# Instructions (callgrind): ${figures.native_instructions_per_byte} per input byte over all ${k} reports` +
    (seed ? `; the seed report (${figures.seed_report_kb} KiB): ${(figures.seed_instructions / 1e6).toFixed(2)} M, ${figures.seed_instructions_per_byte} per byte` : ''));
}

// ---- the reading half, the CLI over many files ------------------------------------------------------------
if (benchBin) {
  const reads = [];
  for (let r = 0; r < ROUNDS; r++) {
    const m = nativeRound(['--extract']);
    let ms = 0;
    for (const i of items) ms += m.get(i.rel) || 0;
    reads.push(ms);
  }
  figures.read_mb_s = round(totalBytes / (1 << 20) / (median(reads) / 1000), 1);
  log(`\n# Reading (extract, native): ${figures.read_mb_s} MB/s`);
}
if (cliBin && existsSync('/usr/bin/time')) {
  // Every input 40 times (quick: 10): the CLI checks them one after the other on one core (-j 1, the issue's
  // "one core"; the speed-up of -j N is bench/batch.mjs's), JSON out.
  const times = quick ? 10 : 40;
  const list = [];
  for (let t = 0; t < times; t++) for (const i of items) list.push(i.rel);
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', cliBin, 'check', '-j', '1', '--format', 'json', ...list], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr || '');
  if (m) {
    const cpu = Number(m[1]) + Number(m[2]);
    figures.batch_files = list.length;
    figures.batch_mb_s = round((totalBytes * times) / (1 << 20) / Math.max(cpu, 0.01), 1);
    figures.batch_peak_mb = round(Number(m[3]) / 1024, 1);
    log(`# CLI over ${list.length} files (one core, -j 1, JSON out): ${figures.batch_mb_s} MB/s of CPU time, peak ${figures.batch_peak_mb} MB`);
  }
}

// ---- the page ---------------------------------------------------------------------------------------------
if (browser) {
  const report = readFileSync(existsSync(seedPath) ? seedPath : join(root, 'web', 'example-report.txt'), 'utf8');
  try {
    Object.assign(figures, await pageFigures(browser, dist, report, { runs: quick ? 3 : 7 }));
  } catch (e) {
    figures.page_error = String(e && e.message || e);
  }
  for (const key of ['load_ms', 'load_long_task_ms', 'editor_ms', 'warm_ms', 'first_paste_to_paint_ms', 'paste_to_paint_ms', 'edit_recheck_ms', 'big_input_ms', 'big_input_long_task_ms'])
    if (typeof figures[key] === 'number') figures[key] = round(figures[key], 1);
  await browser.close();
  log(`\n# Offline page (dist/nianbao.html from file://, Chromium, medians)`);
  log(`ready ${figures.load_ms} ms (longest task before: ${figures.load_long_task_ms} ms), editor painted ${figures.editor_ms} ms, core warmed in the worker at ${figures.warm_ms} ms`);
  log(`first paste (1 s after ready) -> painted ${figures.first_paste_to_paint_ms} ms; paste -> painted ${figures.paste_to_paint_ms} ms; edit -> painted ${figures.edit_recheck_ms} ms`);
  log(`${(figures.big_input_bytes / (1 << 20)).toFixed(1)} MiB input -> painted ${figures.big_input_ms} ms, longest task meanwhile ${figures.big_input_long_task_ms} ms`);
} else {
  log(`\n# Browser figures skipped: ${noBrowser || 'BENCH_NO_BROWSER set'}`);
}

// ---- 20 MiB: refused before it is copied into WebAssembly memory --------------------------------------------
{
  const big = 'a'.repeat(20 << 20);
  const t0 = performance.now();
  checker.check(big);
  figures.refuse_20mib_ms = round(performance.now() - t0, 1);
  figures.wasm_memory_mb = round(checker.memoryBytes ? checker.memoryBytes() / (1 << 20) : NaN, 1);
  log(`\n20 MiB input refused (input-too-large) in ${figures.refuse_20mib_ms} ms; WebAssembly memory ${figures.wasm_memory_mb} MiB`);
}

// ---- the other helpers' benches -----------------------------------------------------------------------------
for (const name of ['batch', 'pdf', 'scaling']) {
  const p = join(root, 'bench', `${name}.mjs`);
  if (!existsSync(p)) continue;
  const r = spawnSync(process.execPath, [p, '--json', ...(quick ? ['--quick'] : [])], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  const text = (r.stdout || '').trim();
  try {
    figures[name] = JSON.parse(text.slice(text.lastIndexOf('\n{') + 1));
  } catch (e) {
    figures[name] = { error: `bench/${name}.mjs --json printed no JSON object (exit ${r.status})` };
  }
  log(`\n# bench/${name}.mjs\n${JSON.stringify(figures[name], null, 1)}`);
}

if (asJson) console.log(JSON.stringify(figures, null, 2));
