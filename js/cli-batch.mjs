// `nianbao check` over many files on WebAssembly (the Node CLI): the native CLI's batch (cli/batch.cpp,
// cli/batch_pairing.cpp, cli/batch_output.cpp) with the same bytes on stdout for every format. Each file is
// checked on its own with last year's report when one is paired (the core pairs them), results are printed
// in input order as soon as they are ready, and the summary comes at the end. -j N checks N files at a time
// in worker threads (js/worker-node.mjs), each on the one compiled WebAssembly module.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, isAbsolute, resolve as resolvePath } from 'node:path';
import { createChecker, createWorkerChecker } from './index.mjs';

const UNREADABLE = new Set(['input-unreadable', 'input-too-large']);

// ---- reading files -------------------------------------------------------------------------------

let stdinBytes = null;  // standard input is read once, however often a batch names it
function readBytes(path) {
  try {
    if (path === '-') return stdinBytes || (stdinBytes = readFileSync(0));
    return readFileSync(path);
  } catch {
    return null;
  }
}

// ---- the pairing file (docs/batch.md "Pairing") ----------------------------------------------------

// One spelling per file, so "./a.txt", "a.txt" and "/abs/a.txt" compare equal.
function sameFileKey(p) {
  try {
    return realpathSync(p);
  } catch {
    return resolvePath(p);
  }
}

// As given when it exists (or is absolute), else beside the pairing file when it exists there.
function resolveBeside(p, base) {
  if (!p || p === '-' || existsSync(p) || isAbsolute(p)) return p;
  const alt = base && base !== '.' ? (base.endsWith('/') ? base + p : `${base}/${p}`) : p;
  return existsSync(alt) ? alt : p;
}

/** [[thisYear, previous or '']] of a pairing file; throws Error(message) when it cannot be read. */
export function readPairingFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read the pairing file ${path}`);
  }
  const base = path.includes('/') ? dirname(path) : '';
  const pairs = [];
  text.split('\n').forEach((raw, n) => {
    const line = (n === 0 ? raw.replace(/^\uFEFF/, '') : raw).trim();
    if (!line || line.startsWith('#')) return;
    let sep = line.indexOf('\t');
    if (sep < 0) sep = line.indexOf(',');
    const now = (sep < 0 ? line : line.slice(0, sep)).trim();
    const before = sep < 0 ? '' : line.slice(sep + 1).trim();
    if (!now) throw new Error(`${path}:${n + 1}: no file before the separator`);
    pairs.push([resolveBeside(now, base), before === '-' ? '' : resolveBeside(before, base)]);
  });
  return pairs;
}

// ---- checkers: this thread's, and workers for -j ---------------------------------------------------

async function makeCheckers(jobs, files) {
  const wasmModule = await WebAssembly.compile(readFileSync(new URL('./nianbao-core.wasm', import.meta.url)));
  const main = await createChecker({ wasmModule });
  const workers = [];
  const wanted = Math.min(jobs, files);
  if (wanted > 1) {
    const made = await Promise.allSettled(Array.from({ length: wanted }, () => createWorkerChecker({ wasmModule })));
    for (const m of made) if (m.status === 'fulfilled') workers.push(m.value);
  }
  return {
    main,
    slots: workers.length ? workers : [main],
    close: () => workers.forEach((w) => w.terminate()),
  };
}

// Runs work(i, slot) for i in [0, n) on every slot and hands the answers to consume(i, answer) in index
// order as soon as each is ready. Slots stay at most a small window ahead of the consumer, so memory holds
// a few answers at a time whatever n is (cli/ordered_pool.hpp). work() catches its own failures.
async function runOrdered(n, slots, work, consume) {
  const window = slots * 4;
  const ready = new Map();
  let nextJob = 0;
  let nextOut = 0;
  let waiters = [];
  const changed = () => { const w = waiters; waiters = []; w.forEach((f) => f()); };
  const change = () => new Promise((resolve) => waiters.push(resolve));
  const slot = async (s) => {
    for (;;) {
      while (nextJob < n && nextJob >= nextOut + window) await change();
      if (nextJob >= n) return;
      const i = nextJob++;
      ready.set(i, await work(i, s));
      changed();
    }
  };
  const running = Array.from({ length: Math.min(slots, n) }, (_, s) => slot(s));
  for (let i = 0; i < n; i++) {
    while (!ready.has(i)) await change();
    const answer = ready.get(i);
    ready.delete(i);
    await consume(i, answer);
    nextOut++;
    changed();
  }
  await Promise.all(running);
}

// ---- pairing ---------------------------------------------------------------------------------------

// For each file, the previous year's file to compare it with ('' for none): the core pairs the batch's
// reports by agency and year (read by the reading half alone); the pairing file overrides.
async function pairBatch(files, checkers, automatic, overrides, lang) {
  const previous = files.map(() => '');
  if (automatic && files.length > 1) {
    const entries = new Array(files.length);
    await runOrdered(files.length, checkers.slots.length, async (i, s) => {
      try {
        const bytes = readBytes(files[i]);
        if (!bytes) return { agency: '', title: '', year: null };
        const r = await checkers.slots[s].extractFile(bytes, { name: files[i] === '-' ? 'stdin' : files[i], lang, identify: true });
        return r.report ? { agency: r.report.agency || '', title: r.report.title || '', year: r.report.year } : { agency: '', title: '', year: null };
      } catch {
        return { agency: '', title: '', year: null };  // unreadable here is reported by the check; it pairs with nothing
      }
    }, (i, entry) => { entries[i] = entry; });
    checkers.main.pairReports(entries).forEach((p, i) => { if (p !== null) previous[i] = files[p]; });
  }
  if (overrides.length) {
    const keys = files.map(sameFileKey);
    for (const [now, before] of overrides) {
      const k = sameFileKey(now);
      keys.forEach((key, i) => { if (key === k) previous[i] = before; });
    }
  }
  return previous;
}

// ---- one file --------------------------------------------------------------------------------------

async function checkOne(path, previous, o, checker, main, pairedRun) {
  const name = path === '-' ? 'stdin' : path;  // as the native CLI names standard input
  let note = '';
  let result;
  try {
    const bytes = readBytes(path);
    if (bytes === null) {
      result = main.check('', { name, lang: o.lang, unopenable: true });
      note = `cannot read ${path}`;
    } else {
      const opts = { name, lang: o.lang };
      if (o.published) opts.published = o.published;
      if (previous) {
        const prevBytes = readBytes(previous);
        if (prevBytes) Object.assign(opts, (await main.previousFrom(prevBytes, { name: previous })) || {});  // PDF/OFD as runs
        else note = `cannot read ${previous}`;
      }
      result = await checker.checkFile(bytes, opts);
    }
  } catch (e) {
    result = main.check('', { name, lang: o.lang, unopenable: true });
    note = `${path}: internal error: ${e && e.message || e}`;
  }
  if (pairedRun && !('previous' in result)) result.previous = null;
  const out = { result, note, unreadable: false, errors: 0, warnings: 0, infos: 0, paired: false };
  for (const d of result.diagnostics || []) {
    if (d.severity === 'error') out.errors++;
    else if (d.severity === 'warning') out.warnings++;
    else out.infos++;
    if (UNREADABLE.has(d.rule) && !out.unreadable) {
      out.unreadable = true;
      // Exit status 2 always comes with a line on stderr saying which file and why.
      if (!out.note) out.note = `${path}: ${d.message}`;
    }
  }
  out.paired = Boolean(result.previous && result.previous.readable);
  return out;
}

// ---- output: the native CLI's bytes (cli/batch_output.cpp) -----------------------------------------

function sarifFrame(main, lang) {
  const log = JSON.parse(main.format([], 'sarif', { lang }));
  const run = log.runs[0];
  delete run.results;
  delete run.artifacts;
  delete log.runs;
  const head = JSON.stringify(log);
  const r = JSON.stringify(run);
  return `${head.slice(0, -1)},"runs":[${r.slice(0, -1)},"results":[\n`;
}

function previousNote(previous, pairedRun, en) {
  if (!pairedRun) return '';
  if (!previous) return en ? '  Previous year: not paired\n' : '  上一年度报告：未配对\n';
  return `${en ? '  Previous year: ' : '  上一年度报告：'}${previous}\n`;
}

// printf("%.1f"): halves of the binary value round to even, as glibc does (toFixed rounds them up).
function oneDecimal(x) {
  const tenfold = x * 10;
  if (tenfold - Math.floor(tenfold) === 0.5) {
    const down = Math.floor(tenfold);
    return ((down % 2 === 0 ? down : down + 1) / 10).toFixed(1);
  }
  return x.toFixed(1);
}

function summaryText(t, skipped, en) {
  const avg = (n) => oneDecimal(t.files ? n / t.files : 0);
  const top = [...t.rules].sort((a, b) => (a[1].count !== b[1].count ? b[1].count - a[1].count : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, 10);
  let s = '';
  if (en) {
    s += '\n== Batch summary ==\n';
    s += `Files: ${t.files} (${t.files - t.unreadable} checked, ${t.unreadable} unreadable); ${t.paired} compared with last year's report\n`;
    s += `Files with errors: ${t.withErrors}; errors ${t.errors}, warnings ${t.warnings}, infos ${t.infos} (per file: ${avg(t.errors)} errors, ${avg(t.warnings)} warnings)\n`;
    if (top.length) s += 'Most common rules:\n';
    for (const [id, n] of top) s += `  ${id}  ${n.count} in ${n.files} files\n`;
    for (const f of t.unreadableFiles) s += `Unreadable: ${f}\n`;
    for (const f of skipped) s += `Skipped (hidden or not a report format): ${f}\n`;
  } else {
    s += '\n== 批量检查汇总 ==\n';
    s += `文件 ${t.files} 个：已检查 ${t.files - t.unreadable} 个，无法读取 ${t.unreadable} 个；与上一年度报告对照 ${t.paired} 个\n`;
    s += `有错误的文件 ${t.withErrors} 个；错误 ${t.errors} 个，警告 ${t.warnings} 个，提示 ${t.infos} 个（平均每个文件错误 ${avg(t.errors)} 个、警告 ${avg(t.warnings)} 个）\n`;
    if (top.length) s += '最常见的问题：\n';
    for (const [id, n] of top) s += `  ${id}  ${n.count} 处，${n.files} 个文件\n`;
    for (const f of t.unreadableFiles) s += `无法读取：${f}\n`;
    for (const f of skipped) s += `已跳过（隐藏文件或非报告格式）：${f}\n`;
  }
  return s;
}

/**
 * Checks `files` as one batch and prints it; resolves to the exit status: 2 if any file could not be read
 * (the rest are still checked and printed), else 1 if any file has an error, else 0.
 * o: {format, lang, jobs (0: one per core), pair, pairsFile, published, summary}; io: {out(text), err(text)}.
 */
export async function runBatch(files, skipped, o, io) {
  let overrides = [];
  if (o.pairsFile) {
    try {
      overrides = readPairingFile(o.pairsFile);
    } catch (e) {
      io.err(`nianbao: ${e.message}\n`);
      return 2;
    }
  }
  const pairedRun = o.pair || overrides.length > 0;
  const en = o.lang === 'en';
  const jobs = o.jobs || availableParallelism();
  const checkers = await makeCheckers(jobs, files.length);
  try {
    const previous = await pairBatch(files, checkers, o.pair, overrides, o.lang);
    const { main } = checkers;
    const t = { files: 0, unreadable: 0, withErrors: 0, paired: 0, errors: 0, warnings: 0, infos: 0, rules: new Map(), unreadableFiles: [] };
    const artifacts = [];
    let printedAny = false;
    let csvRows = 0;  // rows of the 整改清单 printed so far (numbered over the whole batch)

    if (o.format === 'json') await io.out('[\n');
    if (o.format === 'sarif') await io.out(sarifFrame(main, o.lang));
    await runOrdered(files.length, checkers.slots.length,
      (i, s) => checkOne(files[i], previous[i], o, checkers.slots[s], main, pairedRun),
      async (i, r) => {
        if (o.format === 'json') {
          const one = main.format(r.result, 'json').replace(/\n$/, '');
          await io.out(`${printedAny ? ',\n' : ''}  ${one.replaceAll('\n', '\n  ')}`);
          printedAny = true;
        } else if (o.format === 'sarif') {
          const run = JSON.parse(main.format([r.result], 'sarif', { lang: o.lang })).runs[0];
          for (const res of run.results) {
            for (const loc of res.locations || []) {
              if (loc.physicalLocation && loc.physicalLocation.artifactLocation) loc.physicalLocation.artifactLocation.index = i;
            }
          }
          if (run.results.length) {
            await io.out((printedAny ? ',\n' : '') + run.results.map((x) => JSON.stringify(x)).join(',\n'));
            printedAny = true;
          }
          if (run.artifacts && run.artifacts.length) artifacts.push(JSON.stringify(run.artifacts[0]));
        } else if (o.format === 'csv') {
          // The core's CSV of this file, its rows renumbered over the batch; one header (the first file's).
          // A row ends with CRLF, which no field holds (the core writes a field's line breaks as LF).
          const csv = main.format([r.result], 'csv', { lang: o.lang });
          const cut = csv.indexOf('\r\n') + 2;
          const rows = csv.slice(cut).split('\r\n').slice(0, -1).map((row) => row.replace(/^\d+/, String(++csvRows)));
          await io.out((i === 0 ? csv.slice(0, cut) : '') + rows.map((row) => `${row}\r\n`).join(''));
        } else {
          await io.out(main.format([r.result], 'text', { lang: o.lang }) + previousNote(previous[i], pairedRun, en) + '\n');
        }
        if (r.note) io.err(`nianbao: ${r.note}\n`);
        t.files++;
        if (r.unreadable) { t.unreadable++; t.unreadableFiles.push(files[i]); }
        if (r.errors > 0) t.withErrors++;
        if (r.paired) t.paired++;
        t.errors += r.errors;
        t.warnings += r.warnings;
        t.infos += r.infos;
        const seen = new Map();
        for (const d of r.result.diagnostics || []) seen.set(d.rule, (seen.get(d.rule) || 0) + 1);
        for (const [id, n] of seen) {
          const e = t.rules.get(id) || { count: 0, files: 0 };
          e.count += n;
          e.files += 1;
          t.rules.set(id, e);
        }
      });
    if (o.format === 'json') await io.out('\n]\n');
    if (o.format === 'sarif') await io.out(`\n],"artifacts":[${artifacts.join(',')}]}]}\n`);
    if (o.summary) {
      const s = summaryText(t, skipped, en);
      if (o.format === 'text') await io.out(s);
      else io.err(s);
    }
    if (t.unreadable > 0) return 2;
    return t.errors > 0 ? 1 : 0;
  } finally {
    checkers.close();
  }
}
