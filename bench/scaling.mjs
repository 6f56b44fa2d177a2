// node bench/scaling.mjs [--json] [--quick] [--sizes 1,4,16] [--native-only] [--shapes a,b]: time and peak
// memory of one check at 1, 4 and 16 MiB of each degenerate input (a paste of "|" lines, one line of
// "|", lines of tabs, one line of one CJK character, deeply nested HTML, many tiny table rows, …) next to
// a real report scaled to the same size (the clean fixture repeated), natively (build/nianbao_bench, CPU
// time and peak resident memory of a process per input) and in WebAssembly under Node (CPU time of the
// check, WebAssembly memory after it, a fresh instance per input). The "x real" columns are the ratios
// to the real report of the same size: every reader must keep them of the order of 1 (issue 8).
// Figures only, never asserted. --quick: 1 and 4 MiB.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { dist, root } from '../tests/node/helpers.mjs';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const argValue = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const sizes = (argValue('--sizes') || (args.includes('--quick') ? '1,4' : '1,4,16')).split(',').map(Number);
const log = asJson ? () => {} : (...a) => console.log(...a);
const MiB = 1 << 20;

// The report every shape is compared with: a clean report (tab layout, as pasted from Word) repeated.
const real = readFileSync(join(root, 'tests', 'fixtures', 'clean-2021-tabs.txt'));

// `unit` repeated up to n bytes, ended by newlines (never a cut character: the input stays readable).
function fill(unit, n, head = '') {
  const u = Buffer.from(unit);
  const h = Buffer.from(head);
  const k = Math.floor((n - h.length) / u.length);
  return Buffer.concat([h, Buffer.alloc(u.length * k, u), Buffer.alloc(n - h.length - u.length * k, '\n')]);
}

const shapes = {
  'real report': { ext: 'txt', make: (n) => fill(real, n) },
  'lines of |': { ext: 'txt', make: (n) => fill('|\n', n) },
  'one line of |': { ext: 'txt', make: (n) => fill('|', n) },
  'one line of |x': { ext: 'txt', make: (n) => fill('|x', n) },
  'blank lines': { ext: 'txt', make: (n) => fill('\n', n) },
  'lines of tabs': { ext: 'txt', make: (n) => fill(`${'\t'.repeat(4095)}\n`, n) },
  'one line of x<tab>': { ext: 'txt', make: (n) => fill('x\t', n) },
  'one line of a<2 spaces>': { ext: 'txt', make: (n) => fill('a  ', n) },
  'one line of 一': { ext: 'txt', make: (n) => fill('一', n) },
  'lines of 一': { ext: 'txt', make: (n) => fill('一\n', n) },
  'lines of 本年': { ext: 'txt', make: (n) => fill('本年\n', n) },
  'tiny table rows': { ext: 'txt', make: (n) => fill('|1|2|\n', n) },
  'nested <div>': { ext: 'html', make: (n) => fill('<div>', n) },
  'nested tables': { ext: 'html', make: (n) => fill('<table><tr><td>', n) },
  'tiny HTML rows': { ext: 'html', make: (n) => fill('<tr><td>1</td></tr>', n, '<table>') },
};
const only = argValue('--shapes');
const names = Object.keys(shapes).filter((s) => !only || s === 'real report' || only.split(',').includes(s));

const benchBin = [process.env.NIANBAO_BENCH, join(root, 'build', 'nianbao_bench')].find((p) => p && existsSync(p));
const wasm = !args.includes('--native-only') && existsSync(join(dist, 'nianbao-core.wasm'));
const { createChecker } = wasm ? await import('nianbao') : {};
if (!benchBin) log('scaling: build/nianbao_bench not built: native figures left out');
if (!wasm) log('scaling: dist/ not built (npm run build): WebAssembly figures left out');

const dir = mkdtempSync(join(tmpdir(), 'nianbao-scaling-'));
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function native(file) {
  if (!benchBin) return null;
  const r = spawnSync(benchBin, ['--runs', '1', file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) return { error: `exit ${r.status}${r.signal ? ` (${r.signal})` : ''}` };
  const o = JSON.parse(r.stdout.trim().split('\n').pop());
  return { ms: o.ms, peak_mb: o.peak_kb / 1024 };
}

async function webassembly(bytes, name) {
  if (!wasm) return null;
  const checker = await createChecker();  // fresh: its memory after the check is this check's peak
  const start = cpuMs();
  const result = await checker.checkFile(bytes, { name });
  const ms = cpuMs() - start;
  const failed = result.diagnostics.some((d) => /内部错误|Internal error/.test(d.message));
  return { ms, memory_mb: checker.memoryBytes() / MiB, ...(failed ? { error: result.diagnostics[0].message } : {}) };
}

const rows = [];
const figures = { sizes_mib: sizes, shapes: {} };
for (const mib of sizes) {
  const byShape = {};
  for (const shape of names) {
    const bytes = shapes[shape].make(mib * MiB);
    const file = join(dir, `input.${shapes[shape].ext}`);
    writeFileSync(file, bytes);
    byShape[shape] = { native: native(file), wasm: await webassembly(bytes, `input.${shapes[shape].ext}`) };
  }
  const base = byShape['real report'];
  const ratio = (a, b) => (a && b && !a.error && b > 0 ? a / b : null);
  for (const shape of names) {
    const f = byShape[shape];
    const r = {
      shape,
      mib,
      native_ms: f.native && f.native.ms,
      native_peak_mb: f.native && f.native.peak_mb,
      native_time_x: ratio(f.native && f.native.ms, base.native && base.native.ms),
      native_memory_x: ratio(f.native && f.native.peak_mb, base.native && base.native.peak_mb),
      wasm_ms: f.wasm && f.wasm.ms,
      wasm_memory_mb: f.wasm && f.wasm.memory_mb,
      wasm_time_x: ratio(f.wasm && f.wasm.ms, base.wasm && base.wasm.ms),
      wasm_memory_x: ratio(f.wasm && f.wasm.memory_mb, base.wasm && base.wasm.memory_mb),
      error: (f.native && f.native.error) || (f.wasm && f.wasm.error) || undefined,
    };
    rows.push(r);
    (figures.shapes[shape] ||= {})[`${mib}MiB`] = r;
  }
}
rmSync(dir, { recursive: true, force: true });

const num = (x, d = 0) => (x === null || x === undefined ? '-' : x.toFixed(d));
log('# Scaling: one check of each input; x real = ratio to the real report of the same size');
log(`${'input'.padEnd(24)} ${'MiB'.padStart(4)} | ${'native ms'.padStart(9)} ${'peak MB'.padStart(8)} ${'x real'.padStart(6)} ${'x mem'.padStart(6)} | ${'wasm ms'.padStart(8)} ${'mem MB'.padStart(7)} ${'x real'.padStart(6)} ${'x mem'.padStart(6)}`);
for (const r of rows) {
  log(`${r.shape.padEnd(24)} ${String(r.mib).padStart(4)} | ${num(r.native_ms).padStart(9)} ${num(r.native_peak_mb).padStart(8)} ${num(r.native_time_x, 1).padStart(6)} ${num(r.native_memory_x, 1).padStart(6)} | ${num(r.wasm_ms).padStart(8)} ${num(r.wasm_memory_mb).padStart(7)} ${num(r.wasm_time_x, 1).padStart(6)} ${num(r.wasm_memory_x, 1).padStart(6)}${r.error ? `  ${r.error}` : ''}`);
}
const worst = (key) => Math.max(...rows.map((r) => r[key] || 0));
figures.worst = { native_time_x: worst('native_time_x'), native_memory_x: worst('native_memory_x'), wasm_time_x: worst('wasm_time_x'), wasm_memory_x: worst('wasm_memory_x') };
log(`worst ratio to the real report: native time ${num(figures.worst.native_time_x, 1)}x, memory ${num(figures.worst.native_memory_x, 1)}x; WebAssembly time ${num(figures.worst.wasm_time_x, 1)}x, memory ${num(figures.worst.wasm_memory_x, 1)}x`);
if (asJson) console.log(JSON.stringify(figures));
