// Browser figures for bench/bench.mjs, in Debian's Chromium via playwright-core (the browser tests' setup):
//   checkTimes(): ms per check of each text in Chromium's WebAssembly (dist/nianbao.js, the classic script)
//   pageFigures(): the offline page dist/nianbao.html from file:// — load, paste, edit, a 1 MB input.
// Figures only, never assertions. Timings are medians of several runs (the machine may be busy).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, haveChromium, chromiumPath } from '../tests/web/support/browser.mjs';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export function browserAvailable(dist) {
  if (!haveChromium) return `no Chromium at ${chromiumPath}`;
  if (!existsSync(join(dist, 'nianbao.js'))) return 'dist/nianbao.js not built';
  return null;
}

/** A page with the checker of dist/nianbao.js loaded; call time(texts, minMs) to get ms per check. */
export async function openChecker(browser, dist) {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
  await page.addScriptTag({ content: readFileSync(join(dist, 'nianbao.js'), 'utf8') });
  await page.evaluate(async () => { window.__checker = await window.nianbao.createChecker(); });
  return {
    // Per text: mean ms of repeated checks over >= minMs (after one untimed check), like the native bench.
    async time(items, minMs) {
      return page.evaluate(({ items, minMs }) => items.map(({ text, kind }) => {
        const c = window.__checker;
        c.check(text, { kind });
        let runs = 0;
        const t0 = performance.now();
        let el = 0;
        do { c.check(text, { kind }); runs++; el = performance.now() - t0; } while (el < minMs);
        return el / runs;
      }), { items, minMs });
    },
    async warm(items, ms) {
      await page.evaluate(({ items, ms }) => {
        const t0 = performance.now();
        while (performance.now() - t0 < ms) for (const { text, kind } of items) window.__checker.check(text, { kind });
      }, { items, ms });
    },
    close: () => page.close(),
  };
}

// Long tasks of the page, recorded from its first script on.
const LONG_TASKS = `window.__longTasks = [];
try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); })
  .observe({ type: 'longtask', buffered: true }); } catch (e) {}`;
// An init script marking EDITOR_MARK in the frame after the element's editor exists: one query a frame until
// then (pageFigures here, bench/startup.mjs).
export const EDITOR_MARK = 'nianbao-bench-editor';
export const EDITOR_PAINTED = `(function poll() {
  var el = document.querySelector('nianbao-checker');
  if (el && el.shadowRoot && el.shadowRoot.querySelector('.cm-content')) requestAnimationFrame(function () { performance.mark('${EDITOR_MARK}'); });
  else requestAnimationFrame(poll);
})();`;

/** When the page set the performance mark `name` (ms from navigation), waiting up to `timeout` ms for it. */
export function markTime(page, name, timeout = 30000) {
  return page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime ?? false, name, { timeout }).then((h) => h.jsonValue());
}

/**
 * The offline page from file://:
 *   load_ms          navigation start -> the checker ready (performance mark 'nianbao-ready' set by web/src/engine.js)
 *   load_long_task_ms the longest task before that
 *   editor_ms        navigation start -> the first frame with the element's editor (what the clerk sees)
 *   warm_ms          navigation start -> the core compiled by the worker's checks (mark 'nianbao-warm', engine.js)
 *   first_paste_to_paint_ms a typical report pasted into a fresh page 2 s after it is ready -> painted (the clerk's
 *                     first paste)
 *   paste_to_paint_ms a typical report pasted into the editor -> the result painted (median, the page in use)
 *   edit_recheck_ms   a changed report set as the value (one number edited) -> the result painted (median)
 *   big_input_ms, big_input_long_task_ms: 1 MB of report text set as the value -> painted, and the longest task meanwhile
 */
export async function pageFigures(browser, dist, report, { runs = 7 } = {}) {
  const url = pathToFileURL(join(dist, 'nianbao.html')).href;
  const out = {};
  const loads = [], loadLong = [], firstPastes = [], warmAt = [], editorAt = [];
  for (let i = 0; i < Math.max(3, Math.ceil(runs / 2)); i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS);
    await page.addInitScript(EDITOR_PAINTED);
    await page.goto(url);
    const ready = await markTime(page, 'nianbao-ready').catch(() => null);
    if (ready !== null) {
      loads.push(ready);
      loadLong.push(await page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((e) => e.start < t).map((e) => e.ms)), ready));
      // the clerk's first paste, 2 s after the page is ready (the time to switch to Word, copy and come back)
      editorAt.push(await markTime(page, EDITOR_MARK)); // (the editor is there: the paste below needs it)
      await page.waitForTimeout(Math.max(0, ready + 2000 - (await page.evaluate(() => performance.now()))));
      await installPainted(page);
      firstPastes.push(await pasteToPaint(page, report));
      warmAt.push(await page.evaluate(() => performance.getEntriesByName('nianbao-warm')[0]?.startTime ?? null));
    }
    await context.close();
  }
  out.load_ms = loads.length ? median(loads) : null;
  out.load_long_task_ms = loadLong.length ? median(loadLong) : null;
  out.editor_ms = editorAt.length ? median(editorAt) : null;
  out.first_paste_to_paint_ms = firstPastes.length ? median(firstPastes) : null;
  out.warm_ms = warmAt.every((x) => x !== null) && warmAt.length ? median(warmAt) : null;

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('nianbao-checker') && document.querySelector('nianbao-checker').shadowRoot
    && document.querySelector('nianbao-checker').shadowRoot.querySelector('.cm-content'));
  await page.waitForFunction(() => performance.getEntriesByName('nianbao-ready').length > 0, null, { timeout: 30000 }).catch(() => {});
  // pastes and edits of a page in use: after the start-up's warm-up (the first paste is timed above)
  await page.waitForFunction(() => performance.getEntriesByName('nianbao-warm').length > 0, null, { timeout: 10000 }).catch(() => {});
  await installPainted(page);
  const variants = reportVariants(report);
  const pastes = [];
  for (let i = 0; i < runs; i++) pastes.push(await pasteToPaint(page, variants[i % 2]));
  out.paste_to_paint_ms = median(pastes);
  const edits = [];
  for (let i = 0; i < runs; i++) edits.push(await editToPaint(page, variants[(i + 1) % 2]));
  out.edit_recheck_ms = median(edits);
  // 1 MB: the report followed by prose up to a megabyte (the page must stay responsive: worker, progress).
  const big = report + '\n附注：' + '本年度没有其他需要说明的事项。'.repeat(Math.ceil((1 << 20) / 45));
  const bigRes = await page.evaluate(async (text) => {
    const el = document.querySelector('nianbao-checker');
    const painted = window.__painted(el);
    const t0 = performance.now();
    window.__longTasks.length = 0;
    el.value = text;
    const t1 = await painted;
    return { ms: t1 - t0, longest: Math.max(0, ...window.__longTasks.map((e) => e.ms)) };
  }, big);
  out.big_input_bytes = Buffer.byteLength(big);
  out.big_input_ms = bigRes.ms;
  out.big_input_long_task_ms = bigRes.longest;
  await context.close();
  return out;
}

// ---- paste and edit, timed in the page (pageFigures here, bench/page-trace.mjs) --------------------------------

/** Gives the page window.__painted(el): resolves after el's next result event and the frame that paints it. */
export function installPainted(page) {
  return page.evaluate(() => {
    window.__painted = (el) => new Promise((resolve) => {
      el.addEventListener('nianbao-result', () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)), { once: true });
    });
  });
}

/** The report and the same report with its first number on a line of its own raised by one (an edit). */
export const reportVariants = (report) => [report, report.replace(/(\d+)(\s*\n)/, (m, d, s) => `${Number(d) + 1}${s}`)];

/** An empty editor (no check), then Ctrl+V of `text`: ms from the paste to the painted result. */
export function pasteToPaint(page, text) {
  return page.evaluate(async (text) => {
    const el = document.querySelector('nianbao-checker');
    const cm = el.shadowRoot.querySelector('.cm-content');
    el.value = '';
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    cm.focus();
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    const painted = window.__painted(el);
    const t0 = performance.now();
    cm.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    return (await painted) - t0;
  }, text);
}

/** `text` set as the element's value (the report with one number changed): ms to the painted result. */
export function editToPaint(page, text) {
  return page.evaluate(async (text) => {
    const el = document.querySelector('nianbao-checker');
    const painted = window.__painted(el);
    const t0 = performance.now();
    el.value = text;
    return (await painted) - t0;
  }, text);
}

export { launch };
