// npm run bench: figures for the WebAssembly build, printed, never asserted.
//   sizes of the .wasm, the JS glue, the single-file build and the page's classic script (raw, gzip)
//   module load time (separate .wasm and single file)
//   check time per report, native vs WebAssembly, over the corpus and tests/fixtures
// The native half is bench/bench_check.cpp (target nianbao_bench), looked for in
// $NIANBAO_BENCH, build/, build-wasm-native/; without it only the WebAssembly column is printed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dist, inputFiles, root } from '../tests/node/helpers.mjs';

const MIN_MS = Number(process.env.BENCH_MIN_MS || 300);

if (!existsSync(join(dist, 'nianbao-core.wasm'))) {
  console.error('bench: dist/ is not built: run `npm run build` first');
  process.exit(2);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('# Sizes');
for (const f of ['nianbao-core.wasm', 'nianbao-core.mjs', 'nianbao-core.single.mjs', 'nianbao.js', 'checker.mjs', 'fflate.mjs']) {
  const p = join(dist, f);
  if (!existsSync(p)) continue;
  const raw = readFileSync(p);
  console.log(`${f.padEnd(26)} ${kib(raw.length).padStart(12)} raw ${kib(gzipSync(raw, { level: 9 }).length).padStart(12)} gzip`);
}

console.log('\n# Module load (in this process; the first includes compiling the JS of the package)');
for (const [label, spec] of [['separate .wasm', 'nianbao'], ['single file', 'nianbao/single'], ['separate .wasm again', 'nianbao']]) {
  const t0 = performance.now();
  const { createChecker } = await import(spec);
  await createChecker();
  console.log(`${label.padEnd(26)} ${(performance.now() - t0).toFixed(1).padStart(8)} ms`);
}

const { createChecker } = await import('nianbao');
const checker = await createChecker();
const files = inputFiles().filter((f) => !/\.docx$/i.test(f));

const benchBin = [process.env.NIANBAO_BENCH, join(root, 'build', 'nianbao_bench'), join(root, 'build-wasm-native', 'nianbao_bench')]
  .find((p) => p && existsSync(p));
const native = new Map();
if (benchBin) {
  const r = spawnSync(benchBin, ['--min-ms', String(MIN_MS), ...files.map((f) => relative(root, f))], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  for (const line of r.stdout.split('\n').filter(Boolean)) {
    const j = JSON.parse(line);
    native.set(j.file, j.ms);
  }
}

// Warm up: let V8 tier the WebAssembly up (Liftoff → TurboFan) before timing anything.
{
  const { decodeBytes } = await import('nianbao');
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    for (const f of files) {
      const d = decodeBytes(readFileSync(f), f);
      checker.check(d.text !== undefined ? d.text : new TextDecoder().decode(d.bytes), { kind: d.kind === 'html' ? 'html' : 'auto' });
    }
  }
}

console.log(`\n# Check time per report (mean of repeats over >= ${MIN_MS} ms; check + result JSON)`);
console.log(benchBin ? `native: ${relative(root, benchBin)}` : 'native: nianbao_bench not built (cmake --build build --target nianbao_bench): WebAssembly only');
console.log(`${'file'.padEnd(44)} ${'KiB'.padStart(7)} ${'native ms'.padStart(10)} ${'wasm ms'.padStart(10)} ${'ratio'.padStart(7)}`);
let sumN = 0, sumW = 0, both = 0;
for (const f of files) {
  const rel = relative(root, f);
  const bytes = readFileSync(f);
  // Decode once, as the native bench does, then time check() alone.
  const { decodeBytes } = await import('nianbao');
  const d = decodeBytes(bytes, rel);
  const text = d.text !== undefined ? d.text : new TextDecoder().decode(d.bytes);
  const opts = { name: rel, kind: d.kind === 'html' ? 'html' : 'auto' };
  checker.check(text, opts);
  let runs = 0;
  const t0 = performance.now();
  let el = 0;
  do { checker.check(text, opts); runs++; el = performance.now() - t0; } while (el < MIN_MS);
  const w = el / runs;
  const n = native.get(rel);
  if (n !== undefined) { sumN += n; sumW += w; both++; }
  console.log(`${rel.slice(-44).padEnd(44)} ${(statSync(f).size / 1024).toFixed(1).padStart(7)} ${(n === undefined ? '-' : n.toFixed(3)).padStart(10)} ${w.toFixed(3).padStart(10)} ${(n ? (w / n).toFixed(2) + 'x' : '-').padStart(7)}`);
}
if (both) console.log(`${'all (sum)'.padEnd(44)} ${''.padStart(7)} ${sumN.toFixed(3).padStart(10)} ${sumW.toFixed(3).padStart(10)} ${(sumW / sumN).toFixed(2).padStart(6)}x`);

const big = 'a'.repeat(20 << 20);
let t0 = performance.now();
checker.check(big);
console.log(`\n20 MiB refused (input-too-large): ${(performance.now() - t0).toFixed(1)} ms; WebAssembly memory now ${kib(checker.memoryBytes())}`);
