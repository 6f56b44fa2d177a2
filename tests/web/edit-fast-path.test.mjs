// An edit re-renders only what changed (issue 14): after a cell is edited, the page swaps in just the cells
// whose rendering changed. What the clerk then sees must be exactly what a full render of the same text shows:
// the edited cell's value and marks, its related cells, and the problem list.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, server, skipReason, exampleText } from './support/browser.mjs';
import { EL, waitResult, assertClean } from './support/checks.mjs';

describe('an edit swaps in only the changed cells, as a full render would show them; the core warmed as the page starts', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });

  // The report and the problem list of the element `sel` as shown, and how its last result was placed.
  const shown = (page, sel) =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      const report = el.shadowRoot.querySelector('.nb-report');
      return { report: report.innerHTML, list: el.shadowRoot.querySelector('.nb-list').innerHTML, swapped: el._report.lastSwap, cells: report.querySelectorAll('td[data-cell]').length, value: el.value };
    }, sel);

  // A second element given the same text: its first rendering is a full one.
  async function fullRender(page, text) {
    await page.evaluate((t) => {
      document.querySelector('#full')?.remove();
      const el = document.createElement('nianbao-checker');
      el.id = 'full';
      document.body.append(el);
      el.value = t;
    }, text);
    await waitResult(page, 'r => r && r.diagnostics', '#full');
    return shown(page, '#full');
  }

  async function editCell(page, key, typed) {
    const before = await page.evaluate(() => document.querySelector('nianbao-checker').result);
    const cell = page.locator(`${EL} [data-edit-cell="${key}"]`).first();
    await cell.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    await page.waitForFunction((b) => { const el = document.querySelector('nianbao-checker'); return el.result && !el.hasAttribute('busy') && JSON.stringify(el.result.diagnostics) !== b; }, JSON.stringify(before.diagnostics));
    // the focus leaves the table, as it has not in the fresh element
    await page.evaluate(() => document.querySelector('nianbao-checker').shadowRoot.activeElement?.blur());
  }

  test('fixing a cell, then breaking another: the same cells, marks and list as a full render', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText);
    await waitResult(page, 'r => r && r.diagnostics');
    assert.equal(await page.locator(`${EL} [data-cell="t3.r1.total"][data-severity="error"]`).count(), 1, 'the example starts with its total error');

    // 1. the wrong total written right: its error, its marks and its list entry go
    await editCell(page, 't3.r1.total', '6');
    let fast = await shown(page, EL);
    // the cell, its related cells and those whose footnote numbers moved; not the report
    assert.ok(fast.swapped > 0 && fast.swapped < fast.cells / 2, `only the changed cells were swapped in (${fast.swapped} of ${fast.cells})`);
    assert.equal(await page.locator(`${EL} [data-cell="t3.r1.total"][data-severity]`).count(), 0, 'the fixed cell has no mark');
    let full = await fullRender(page, fast.value);
    assert.equal(fast.report, full.report, 'the report after the swap is the full rendering');
    assert.equal(fast.list, full.list, 'the problem list is the full rendering');

    // 2. a right cell written wrong: a new error appears on it and in the list
    await editCell(page, 't4.ld.keep', '5');
    fast = await shown(page, EL);
    assert.ok(fast.swapped > 0 && fast.swapped < fast.cells / 2, `only the changed cells were swapped in (${fast.swapped} of ${fast.cells})`);
    assert.ok((await page.locator(`${EL} [data-cell="t4.ld.keep"]`).first().innerText()).includes('5'));
    full = await fullRender(page, fast.value);
    assert.equal(fast.report, full.report, 'the report after the swap is the full rendering');
    assert.equal(fast.list, full.list, 'the problem list is the full rendering');
    assert.notEqual(full.list.indexOf('t4'), -1);
    assertClean(problems);
    await context.close();
  });

  // The clerk's first paste is fast because the worker has compiled the core as the page started (engine.js
  // warmUp); a report given meanwhile must be checked exactly as it is afterwards.
  test('as the page starts, the core is warmed in the worker; a report given during the warm-up is checked as after it', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText);
    const during = await waitResult(page, 'r => r && r.diagnostics');
    await page.waitForFunction(() => performance.getEntriesByName('nianbao-warm').length > 0, null, { timeout: 60000 });
    await page.evaluate(() => { document.querySelector('nianbao-checker').value = ''; });
    await waitResult(page, 'r => r === null');
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText);
    const after = await waitResult(page, 'r => r && r.diagnostics');
    assert.ok(during.diagnostics.length > 0);
    assert.deepEqual(after.diagnostics, during.diagnostics);
    assertClean(problems);
    await context.close();
  });
});
