// What the built-in example must show (web/example-report.txt, a fictional agency, mistakes put there on purpose):
//  - 表三 （一）予以公开 row: 总计 written 7, the applicants add up to 6        → t3.r1.total (error, fix 6)
//  - 表四 行政复议 总计 written 3, 1+0+0+1 = 2                                 → t4.rv.total (error; no certain fix:
//    one failing relation cannot say which of its five cells is wrong)
//  - the overview says 新收 16 applications, 表三 一、本年新收 总计 is 14       → a text-* warning on the prose
import assert from 'node:assert/strict';

export const EXPECTED_ERROR_CELLS = ['t3.r1.total', 't4.rv.total'];
export const EXPECTED_FIXES = { 't3.r1.total': 6 };
export const EL = 'nianbao-checker';

export const getResult = (page, sel = EL) => page.evaluate((s) => document.querySelector(s).result, sel);

/** Waits for a result that is not `prev` (by identity of its JSON). */
export async function waitResult(page, predicate = 'r => !!r', sel = EL, timeout = 60000) {
  // The page's CSP forbids eval, so the predicate becomes a real function here and is sent as one.
  const fn = (0, eval)(`(() => { const el = document.querySelector(${JSON.stringify(sel)});
    return !!el && !el.hasAttribute('busy') && !!(${predicate})(el.result); })`);
  await page.waitForFunction(fn, null, { timeout });
  return getResult(page, sel);
}

export async function assertExampleCells(page, sel = EL) {
  for (const cell of EXPECTED_ERROR_CELLS) {
    const n = await page.locator(`${sel} [data-cell="${cell}"][data-severity="error"]`).count();
    assert.equal(n, 1, `rendered cell ${cell} should be marked as an error`);
  }
}

export function assertClean(problems) {
  assert.deepEqual(problems.network, [], 'no network request may leave the page');
  assert.deepEqual(problems.console, [], 'no console errors');
}

/** Description of the element that has focus, through shadow roots. */
export const deepActive = (page) => page.evaluate(() => {
  let a = document.activeElement;
  while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
  if (!a) return null;
  return { tag: a.tagName, cls: a.className && a.className.baseVal === undefined ? a.className : '', cell: a.dataset ? a.dataset.editCell || a.dataset.cell || '' : '', type: a.type || '' };
});

// CSV (RFC 4180, as docs/csv.md) into rows of fields.
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') (f += '"'), i++;
      else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') row.push(f), (f = '');
    else if (c === '\n') row.push(f.replace(/\r$/, '')), rows.push(row), (row = []), (f = '');
    else f += c;
  }
  if (f || row.length) row.push(f), rows.push(row);
  return rows;
}

/**
 * Checks (and file checks) the page's workers have run, over the workers whose URL passes `which`. The page starts
 * its worker at once to warm the core (web/src/engine.js), so a worker's existence says nothing of where a check ran.
 */
export async function checksInWorkers(page, which = () => true) {
  const ops = await workerOps(page, which);
  return (ops.check || 0) + (ops.checkFile || 0);
}

/** The requests of each op (check, checkFile, readable, warm, …) the page's workers passing `which` have taken. */
export async function workerOps(page, which = () => true) {
  const sum = {};
  for (const w of page.workers().filter((x) => which(x.url()))) {
    const ops = await w.evaluate(() => self.nianbaoOps || {}).catch(() => ({}));
    for (const [op, n] of Object.entries(ops)) sum[op] = (sum[op] || 0) + n;
  }
  return sum;
}
