// The custom element inside a host page with hostile CSS, and the one-file offline page opened from file://.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, server, shot, skipReason, exampleText, singleFileUrl, singleFile } from './support/browser.mjs';
import { EL, getResult, waitResult, assertExampleCells, assertClean, checksInWorkers } from './support/checks.mjs';

describe('embedding and offline', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });

  test('embed: value property, nianbao-result event (bubbles, composed), no style leaks either way', async () => {
    const { page, problems, context } = await openPage(browser, url + 'embed-example.html', { allowOrigin: url });
    await page.evaluate(() => {
      window.__events = [];
      document.addEventListener('nianbao-result', (e) => window.__events.push({ composed: e.composed, bubbles: e.bubbles, errors: e.detail && e.detail.summary.errors }));
    });
    await page.evaluate((t) => { document.getElementById('checker').value = t; }, exampleText);
    await waitResult(page, 'r => r && r.diagnostics', '#checker');
    const events = await page.evaluate(() => window.__events);
    assert.ok(events.length >= 1);
    assert.ok(events.every((e) => e.composed && e.bubbles));
    assert.equal(await page.evaluate(() => document.getElementById('checker').value), exampleText);
    await assertExampleCells(page, '#checker');
    assert.match(await page.locator('#portal-summary').innerText(), /错误/);
    // the host's hostile CSS does not reach inside ...
    const inside = await page.locator('#checker [data-cell="t3.r1.total"]').evaluate((td) => {
      const cs = getComputedStyle(td);
      return { display: cs.display, font: cs.fontFamily, border: cs.borderTopStyle, color: cs.color };
    });
    assert.equal(inside.display, 'table-cell');
    assert.doesNotMatch(inside.font, /Times/);
    assert.notEqual(inside.border, 'dotted');
    const hostFont = await page.locator('#checker').evaluate((el) => getComputedStyle(el).fontFamily);
    assert.doesNotMatch(hostFont, /Times/);
    // ... and the checker's CSS does not reach out: the host's own look-alike cell and button keep the host style
    const outside = await page.locator('#host-table td').evaluate((td) => ({ outline: getComputedStyle(td).outlineStyle, border: getComputedStyle(td).borderTopStyle }));
    assert.equal(outside.border, 'dotted');
    assert.equal(outside.outline, 'none');
    const hostButton = await page.locator('#portal-submit').evaluate((b) => getComputedStyle(b).textTransform);
    assert.equal(hostButton, 'uppercase');
    // setting the value attribute re-checks too
    await page.evaluate(() => document.getElementById('checker').setAttribute('value', ''));
    await page.waitForFunction(() => document.getElementById('checker').result === null);
    await page.evaluate((t) => { document.getElementById('checker').value = t; }, exampleText);
    await waitResult(page, 'r => r && r.diagnostics', '#checker');
    await shot(page, 'embed-portal');
    assertClean(problems);
    await context.close();
  });

  test('the single file from file:// works offline: example, fix, export, worker, no request at all', async () => {
    const html = readFileSync(singleFile, 'utf8');
    assert.ok(!/<script[^>]+src=/i.test(html), 'no external scripts');
    assert.ok(!/<link[^>]+href="(?!data:)/i.test(html), 'no external styles or icons');
    const { page, problems, context } = await openPage(browser, singleFileUrl + '?example=1', { context: { offline: true } });
    await waitResult(page, 'r => r && r.diagnostics');
    await assertExampleCells(page);
    const r = await getResult(page);
    const i = r.diagnostics.findIndex((d) => d.fix && d.fix.cell === 't3.r1.total');
    assert.ok(i >= 0);
    await page.locator(`${EL} .nb-fix[data-index="${i}"]`).click();
    await waitResult(page, `r => r && !r.diagnostics.some(d => d.cell === 't3.r1.total')`);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-csv`).click()]);
    assert.match(dl.suggestedFilename(), /\.csv$/);
    await shot(page, 'offline-file');
    // a large input goes to a worker made from a Blob (file:// cannot load worker files)
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText + '\n附注：大文本。'.repeat(6000));
    await waitResult(page, 'r => r && r.input && r.input.chars > 30000', EL, 240000);
    assert.ok(await checksInWorkers(page, (u) => u.startsWith('blob:')) >= 1, 'the large input was checked in a worker from a Blob');
    assertClean(problems);
    await context.close();
  });

  test('a browser without native inflate (DecompressionStream deflate-raw came in Chrome 103) still starts the core, in the page and in the worker', async () => {
    const { page, problems, context } = await openPage(browser, singleFileUrl + '?example=1', {
      init: () => { delete window.DecompressionStream; },
    });
    assert.equal(await page.evaluate(() => typeof DecompressionStream), 'undefined');
    await waitResult(page, 'r => r && r.diagnostics');
    await assertExampleCells(page);
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText + '\n附注：大文本。'.repeat(6000));
    await waitResult(page, 'r => r && r.input && r.input.chars > 30000', EL, 240000);
    assert.ok(await checksInWorkers(page) >= 1, 'the large input was checked in a worker');
    assertClean(problems);
    await context.close();
  });
});
