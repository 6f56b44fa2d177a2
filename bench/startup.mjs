// Start-up of the offline page from file://, from a Chromium trace of each load (Debian's Chromium through
// playwright-core, the browser tests' setup). Wall times on a shared machine swing with its load; the main
// thread's CPU time does not, so both are printed:
//   ready_ms            navigation -> performance mark 'nianbao-ready' (the checker instantiated), wall
//   main_cpu_ms         CPU time of the renderer's main thread in the tasks before that mark
//   longest_task_ms     the longest of those tasks, wall; longest_task_cpu_ms the most CPU time any one took
//   editor_ms           navigation -> the first frame after the element's editor exists (what the clerk sees:
//                       the checker is ready before the element's scripts have run and laid out the page)
// Several pages are loaded in turn, round after round (an old and a new build compare fairly on a busy machine):
//   node bench/startup.mjs [--runs 7] [page.html ...]   (default: dist/nianbao.html)
// Figures only, never assertions.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../tests/web/support/browser.mjs';
import { median, markTime, EDITOR_MARK, EDITOR_PAINTED } from './browser.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink', 'loading', 'blink.user_timing'];

/** One load of `file` (a path): {ready_ms, main_cpu_ms, longest_task_ms, longest_task_cpu_ms}. */
export async function traceStartup(browser, file) {
  const page = await browser.newPage();
  try {
    await page.addInitScript(EDITOR_PAINTED);
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(pathToFileURL(resolve(file)).href);
    const ready = await markTime(page, 'nianbao-ready', 60000);
    const editor = await markTime(page, EDITOR_MARK, 60000);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // the page's main thread: where its HTML was parsed
    const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('file:'));
    const mark = events.find((e) => e.name === 'nianbao-ready' && e.pid === parse.pid);
    const tasks = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.name === 'RunTask' && e.ts < mark.ts);
    const longest = tasks.reduce((a, e) => (e.dur > a.dur ? e : a), { dur: 0, tdur: 0 });
    return {
      ready_ms: ready,
      editor_ms: editor,
      main_cpu_ms: tasks.reduce((n, e) => n + (e.tdur || 0), 0) / 1000,
      longest_task_ms: longest.dur / 1000,
      longest_task_cpu_ms: Math.max(...tasks.map((e) => e.tdur || 0)) / 1000,
    };
  } finally {
    await page.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args.splice(at, 2)[1]) : 7;
  const files = args.length ? args : [join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'nianbao.html')];
  const browser = await launch();
  const seen = new Map(files.map((f) => [f, []]));
  for (let r = 0; r < runs; r++) for (const f of files) seen.get(f).push(await traceStartup(browser, f));
  await browser.close();
  for (const [f, xs] of seen) {
    const m = (k) => Math.round(median(xs.map((x) => x[k])));
    console.log(`${f}: ready ${m('ready_ms')} ms, main-thread CPU before it ${m('main_cpu_ms')} ms, longest task ${m('longest_task_ms')} ms (${m('longest_task_cpu_ms')} ms CPU), editor painted ${m('editor_ms')} ms; medians of ${runs}`);
  }
}
