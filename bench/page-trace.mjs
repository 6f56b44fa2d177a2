// Main-thread cost of the page's paste -> painted and edit -> painted (issue 14), from a Chromium trace
// (devtools.timeline): thread CPU time of the renderer's main thread from the paste (or the value set) to the
// painted frame, and its layouts. Thread time, unlike bench/browser.mjs's wall times, holds on a busy machine.
//   node bench/page-trace.mjs paste|edit [runs=5] [page=dist/nianbao.html]   (DETAIL=1: every event over 0.3 ms)
// Figures only, never assertions.
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { launch, installPainted, reportVariants, pasteToPaint, editToPaint } from './browser.mjs';
const root = join(fileURLToPath(import.meta.url), '..', '..');
const seed = join(root, '..', 'shared', 'corpus', 'seed-fengquan-2023.txt');
const report = readFileSync(existsSync(seed) ? seed : join(root, 'web', 'example-report.txt'), 'utf8'); // the corpus's seed report, else the example
const b = await launch();
const page = await b.newPage();
await page.goto(pathToFileURL(process.argv[4] || join(root, 'dist', 'nianbao.html')).href);
await page.waitForFunction(() => performance.getEntriesByName('nianbao-ready').length > 0, null, { timeout: 30000 });
await installPainted(page);
const variants = reportVariants(report);
const paste = (text) => pasteToPaint(page, text);
const edit = (text) => editToPaint(page, text);
const what = process.argv[2] || 'paste';
for (let i = 0; i < 3; i++) { await paste(variants[i % 2]); await edit(variants[(i + 1) % 2]); }
if (what === 'edit') await edit(variants[0]);
const N = +(process.argv[3] || 5);
const rows = [];
for (let k = 0; k < N; k++) {
  if (what === 'edit') await edit(variants[k % 2]);
  await b.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
  const ms = what === 'paste' ? await paste(variants[(k + 1) % 2]) : await edit(variants[(k + 1) % 2]);
  const buf = await b.stopTracing();
  const ev = JSON.parse(buf.toString()).traceEvents;
  const names = new Map();
  for (const e of ev) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = ev.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X');
  // from the paste task on (the empty-editor setup before it is not counted); an edit from the first task traced
  // (the value set, which checks and renders in the same task, starts right after the trace does)
  const startTask = what === 'paste' ? main.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'paste') : main.filter((e) => e.name === 'RunTask').sort((a, b) => a.ts - b.ts)[0];
  const from = startTask ? startTask.ts - 1 : 0;
  const inWin = main.filter((e) => e.ts >= from);
  const cpu = inWin.filter((e) => e.name === 'RunTask').reduce((a, e) => a + (e.tdur || 0), 0) / 1000;
  const lay = inWin.filter((e) => e.name === 'Layout');
  const sty = inWin.filter((e) => e.name === 'UpdateLayoutTree');
  if (process.env.DETAIL) for (const e of inWin.filter((e) => ['Layout', 'UpdateLayoutTree', 'Paint', 'ParseHTML', 'FunctionCall', 'EventDispatch', 'FireAnimationFrame', 'TimerFire', 'RunMicrotasks'].includes(e.name) && (e.tdur || 0) > 300)) console.log('  ', ((e.ts - from) / 1000).toFixed(1), e.name, e.args?.data?.type || e.args?.data?.functionName || '', ((e.tdur || 0) / 1000).toFixed(1), e.name === 'Layout' ? JSON.stringify({ dirty: e.args?.beginData?.dirtyObjects, total: e.args?.beginData?.totalObjects, frame: e.args?.beginData?.partialLayout, st: (e.args?.beginData?.stackTrace || []).slice(0, 3).map((f) => f.functionName).join('<') }) : '');
  rows.push({ ms: +ms.toFixed(1), cpu: +cpu.toFixed(1), layouts: lay.length, layout_cpu: +(lay.reduce((a, e) => a + (e.tdur || 0), 0) / 1000).toFixed(1), style_cpu: +(sty.reduce((a, e) => a + (e.tdur || 0), 0) / 1000).toFixed(1) });
}
const med = (k) => { const s = rows.map((r) => r[k]).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
console.log(what, JSON.stringify({ wall_ms: med('ms'), main_cpu_ms: med('cpu'), layouts: med('layouts'), layout_cpu: med('layout_cpu'), style_cpu: med('style_cpu') }));
await b.close();
