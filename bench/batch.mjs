// Batch throughput (issue 12): reports per second for the native CLI (`nianbao check FOLDER`, -j 1 and
// -j all cores) and for the package's checkMany in Node, over 10, 100 and 1,000 generated reports
// (agencies × years of the clean fixture), so growth can be read off (it should be linear); and the page's
// batch (dist/nianbao.html in Chromium via playwright-core: the files picked at once, checked by its pool of
// workers), from the pick to the last row; and the Node CLI's batch (`node dist/cli.mjs check FOLDER`, -j 1 and
// -j all cores, worker threads). For the page also its memory once the batch view holds every result: the main
// thread's JavaScript heap after a garbage collection (CDP Runtime.getHeapUsage), against the same page before
// the batch, and the DOM nodes of the table.
// Prints a table, then one JSON line (`{"bench":"batch",…}`) for bench/bench.mjs to collect.
//   node bench/batch.mjs [--sizes 10,100,1000] [--no-node] [--no-page]
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir, cpus } from 'node:os';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const sizesArg = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '10,100,1000';
const sizes = sizesArg.split(',').map(Number);
const cli = join(root, 'build', 'nianbao');
const base = readFileSync(join(root, 'tests', 'fixtures', 'clean-2021-tabs.txt'), 'utf8');

function generate(dir, n) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const agency = `青山县第${Math.floor(i / 2) + 1}局`;
    const year = 2023 + (i % 2);
    const text = base.replaceAll('青山县市场监督管理局', agency).replaceAll('2024', String(year));
    writeFileSync(join(dir, `r${String(i).padStart(5, '0')}.txt`), text);
  }
}

function timeCli(dir, jobs) {
  const t = process.hrtime.bigint();
  const r = spawnSync(cli, ['check', '--format', 'json', '--no-summary', '-j', String(jobs), dir], { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`nianbao exited ${r.status}: ${r.stderr}`);
  return ms;
}

function timeNodeCli(dir, jobs) {
  const js = join(root, 'dist', 'cli.mjs');
  if (!existsSync(js)) return null;
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [js, 'check', '--format', 'json', '--no-summary', '-j', String(jobs), dir], { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node dist/cli.mjs exited ${r.status}: ${r.stderr}`);
  return ms;
}

async function timeNode(dir) {
  const dist = join(root, 'dist', 'index.mjs');
  if (!existsSync(dist)) return null;
  const { checkMany, createChecker } = await import(dist);
  if (!checkMany) return null;
  const checker = await createChecker();
  const files = readdirSync(dir).sort().map((name) => ({ name, data: readFileSync(join(dir, name)) }));
  const t = process.hrtime.bigint();
  await checkMany(files, { checker });
  return Number(process.hrtime.bigint() - t) / 1e6;
}

// The page: one Chromium for all sizes; the time is the batch view's own (from the pick to the last result).
let browser = null;
async function timePage(dir) {
  const page = join(root, 'dist', 'nianbao.html');
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(page) || !existsSync(chromium)) return null;
  if (!browser) {
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({ executablePath: chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'] });
  }
  const ctx = await browser.newContext();
  try {
    const p = await ctx.newPage();
    await p.goto(pathToFileURL(page).href);
    await p.waitForFunction(() => customElements.get('nianbao-checker') && document.querySelector('nianbao-checker').shadowRoot);
    await p.waitForFunction(() => performance.getEntriesByName('nianbao-ready').length > 0, null, { timeout: 120000 });
    const cdp = await ctx.newCDPSession(p);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    await p.locator('nianbao-checker .nb-file').setInputFiles(readdirSync(dir).sort().map((f) => join(dir, f)));
    const timing = await p.waitForFunction(() => {
      const v = document.querySelector('nianbao-checker')._batch.view;
      return v && v.timing && v.timing.end !== null && v.timing;
    }, null, { timeout: 3600000, polling: 500 });
    const t = await timing.jsonValue();
    await p.waitForTimeout(500); // the last redraw of the table
    const after = await heap();
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    const rows = await p.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-batch-table tbody tr').length);
    return { ms: t.end - t.start, heapBeforeMiB: +(before / 1048576).toFixed(1), heapAfterMiB: +(after / 1048576).toFixed(1), domNodes: nodes, rows };
  } finally {
    await ctx.close();
  }
}

const cores = cpus().length;
const work = mkdtempSync(join(tmpdir(), 'nianbao-batch-bench-'));
const rows = [];
try {
  for (const n of sizes) {
    const dir = join(work, String(n));
    generate(dir, n);
    const row = { reports: n };
    if (existsSync(cli)) {
      row.native_j1_ms = timeCli(dir, 1);
      row.native_jall_ms = timeCli(dir, cores);
      row.native_j1_per_s = +(n / (row.native_j1_ms / 1000)).toFixed(1);
      row.native_jall_per_s = +(n / (row.native_jall_ms / 1000)).toFixed(1);
    }
    if (!args.includes('--no-node')) {
      const j1 = timeNodeCli(dir, 1);
      if (j1 !== null) {
        row.nodecli_j1_ms = j1;
        row.nodecli_jall_ms = timeNodeCli(dir, cores);
        row.nodecli_j1_per_s = +(n / (j1 / 1000)).toFixed(1);
        row.nodecli_jall_per_s = +(n / (row.nodecli_jall_ms / 1000)).toFixed(1);
      }
      const ms = await timeNode(dir);
      if (ms !== null) {
        row.node_ms = ms;
        row.node_per_s = +(n / (ms / 1000)).toFixed(1);
      }
    }
    if (!args.includes('--no-page')) {
      const pg = await timePage(dir);
      if (pg !== null) {
        row.page_ms = Math.round(pg.ms);
        row.page_per_s = +(n / (pg.ms / 1000)).toFixed(1);
        // the page's main-thread JS heap holding this many results in the batch view (workers have ended)
        row.page_heap_before_mib = pg.heapBeforeMiB;
        row.page_heap_after_mib = pg.heapAfterMiB;
        row.page_dom_nodes = pg.domNodes;
        row.page_rows = pg.rows;
      }
    }
    rows.push(row);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  if (browser) await browser.close();
}

console.log(`batch throughput (${cores} cores; each batch pairs consecutive years, so half the reports are checked with last year's)`);
console.log('reports  native -j1 (rep/s)  native -j%d (rep/s)  node CLI -j1 (rep/s)  node CLI -j%d (rep/s)  node checkMany (rep/s)  page, Chromium (rep/s)  page JS heap MiB (before → after)  page DOM nodes'.replaceAll('%d', cores));
const col = (v, w) => String(v ?? '-').padStart(w);
for (const r of rows) {
  const heap = r.page_heap_after_mib !== undefined ? `${r.page_heap_before_mib} → ${r.page_heap_after_mib}` : '-';
  console.log(`${col(r.reports, 7)}  ${col(r.native_j1_per_s, 18)}  ${col(r.native_jall_per_s, 18)}  ${col(r.nodecli_j1_per_s, 20)}  ${col(r.nodecli_jall_per_s, 20)}  ${col(r.node_per_s, 22)}  ${col(r.page_per_s, 22)}  ${col(heap, 33)}  ${col(r.page_dom_nodes, 14)}`);
}
const first = rows[0], last = rows[rows.length - 1];
const growth = first && last && first.native_j1_ms ? +((last.native_j1_ms / first.native_j1_ms) / (last.reports / first.reports)).toFixed(2) : null;
console.log(JSON.stringify({ bench: 'batch', cores, rows, native_time_growth_vs_linear: growth }));
