// The hosted page (dist/web via scripts/serve.mjs): input, problems, cells, fixes, export, language, a11y.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, server, shot, skipReason, exampleText, root } from './support/browser.mjs';
import { EL, EXPECTED_FIXES, getResult, waitResult, assertExampleCells, assertClean, deepActive, checksInWorkers, workerOps } from './support/checks.mjs';
import { exampleHtml, exampleDocx } from './support/fixtures.mjs';

describe('web page (served)', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });

  async function fresh(path = '', opts = {}) {
    return openPage(browser, url + path, { allowOrigin: url, ...opts });
  }
  async function withExample(opts) {
    const o = await fresh('', opts);
    await o.page.locator(`${EL} .nb-example`).click();
    await waitResult(o.page, 'r => r && r.diagnostics');
    return o;
  }

  test('the built-in example shows its deliberate mistakes in the right cells', async () => {
    const { page, problems, context } = await withExample();
    await assertExampleCells(page);
    const r = await getResult(page);
    for (const [cell, value] of Object.entries(EXPECTED_FIXES)) {
      assert.ok(r.diagnostics.some((d) => d.cell === cell && d.severity === 'error'), `a diagnostic on ${cell}`);
      assert.ok(r.diagnostics.some((d) => d.fix && d.fix.cell === cell && Number(d.fix.value) === value), `a certain fix ${cell} = ${value}`);
    }
    // problems are marked by more than colour: an icon and an outline style
    const marks = await page.locator(`${EL} [data-cell="t4.rv.total"]`).evaluate((td) => {
      const cs = getComputedStyle(td);
      const icon = td.querySelector('.nb-icon');
      return { icon: icon ? icon.textContent : getComputedStyle(td, '::after').content, outline: cs.outlineStyle };
    });
    assert.notEqual(marks.icon, 'none');
    assert.notEqual(marks.outline, 'none');
    // the problem list shows severity, rule id and message for every diagnostic
    assert.equal(await page.locator(`${EL} .nb-list .nb-item`).count(), r.diagnostics.length);
    await shot(page, 'main-example-1366');
    assertClean(problems);
    await context.close();
  });

  test('the prose number that disagrees with table 三 is reported', async () => {
    const { page, context } = await withExample();
    const r = await getResult(page);
    assert.ok(r.diagnostics.some((d) => /^text-/.test(d.rule)), `a text-* diagnostic (got ${r.diagnostics.map((d) => d.rule).join(', ')})`);
    await context.close();
  });

  test('selecting a problem highlights its cell and its range in the editor; F8 / j / k move', async () => {
    const { page, problems, context } = await withExample();
    const r = await getResult(page);
    const i = r.diagnostics.findIndex((d) => d.cell === 't4.rv.total');
    assert.ok(i >= 0);
    await page.locator(`${EL} .nb-diag[data-index="${i}"]`).click();
    await page.locator(`${EL} [data-cell="t4.rv.total"].nb-current`).waitFor();
    const sel = await page.evaluate(() => {
      const el = document.querySelector('nianbao-checker');
      const s = el._view.state.selection.main;
      return { from: s.from, to: s.to };
    });
    const at = r.diagnostics[i].at;
    if (at && typeof at.offset === 'number') assert.deepEqual(sel, { from: at.offset, to: at.offset + at.length });
    // keyboard: F8 goes to the next problem, Shift+F8 / k back, j forward
    await page.keyboard.press('F8');
    const next = await page.evaluate(() => document.querySelector('nianbao-checker')._current);
    assert.notEqual(next, i === r.diagnostics.length - 1 ? -1 : i);
    await page.keyboard.press('Shift+F8');
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker')._current), i);
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker')._current), i);
    // visible buttons do the same
    await page.locator(`${EL} .nb-next`).click();
    await page.locator(`${EL} .nb-prev`).click();
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker')._current), i);
    await shot(page, 'problem-selected');
    assertClean(problems);
    await context.close();
  });

  test('a certain fix is one click and its problems disappear', async () => {
    const { page, problems, context } = await withExample();
    const before = await getResult(page);
    const i = before.diagnostics.findIndex((d) => d.fix && d.fix.cell === 't3.r1.total');
    assert.ok(i >= 0, 'the example has a certain fix for t3.r1.total');
    await page.locator(`${EL} .nb-fix[data-index="${i}"]`).click();
    const after = await waitResult(page, `r => r && !r.diagnostics.some(d => d.fix && d.fix.cell === 't3.r1.total')`);
    assert.ok(!after.diagnostics.some((d) => d.cell === 't3.r1.total'), 'the row-total problem is gone');
    assert.ok(after.diagnostics.length < before.diagnostics.length);
    assert.equal(await page.locator(`${EL} [data-cell="t3.r1.total"][data-severity]`).count(), 0);
    assert.equal((await page.locator(`${EL} [data-cell="t3.r1.total"]`).innerText()).trim(), '6');
    await shot(page, 'after-fix');
    assertClean(problems);
    await context.close();
  });

  test('recompute totals sets every wrong total to the sum of its parts', async () => {
    const { page, problems, context } = await withExample();
    await page.locator(`${EL} .nb-totals`).click();
    const after = await waitResult(page, `r => r && !r.diagnostics.some(d => ['t3-row-total', 't3-results-total', 't4-total'].includes(d.rule))`);
    assert.ok(!after.diagnostics.some((d) => d.severity === 'error'), 'no arithmetic error is left');
    assert.equal((await page.locator(`${EL} [data-cell="t3.r1.total"]`).innerText()).trim(), '6');
    assert.equal((await page.locator(`${EL} [data-cell="t4.rv.total"]`).innerText()).trim(), '2');
    assertClean(problems);
    await context.close();
  });

  test('editing a cell in the rendered table writes it back into the text and re-checks', async () => {
    const { page, problems, context } = await withExample();
    const cell = page.locator(`${EL} [data-cell="t4.rv.total"]`);
    await cell.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await waitResult(page, `r => r && !r.diagnostics.some(d => d.cell === 't4.rv.total')`);
    const text = await page.evaluate(() => document.querySelector('nianbao-checker').value);
    assert.match(text, /\n1\t0\t0\t1\t2\t0\t0/);
    // the focus stays on the edited cell, so the clerk can go on with the keyboard
    assert.equal((await deepActive(page)).cell, 't4.rv.total');
    assertClean(problems);
    await context.close();
  });

  test('paste as plain text and as HTML (a ClipboardEvent holding both types)', async () => {
    const { page, problems, context } = await fresh();
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      const target = document.querySelector('nianbao-checker').shadowRoot.querySelector('.cm-content');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    }, exampleText);
    let r = await waitResult(page, 'r => r && r.diagnostics');
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker').value), exampleText);
    await assertExampleCells(page);
    const html = exampleHtml(exampleText);
    await page.evaluate(([text, html]) => {
      document.querySelector('nianbao-checker').value = '';
      const dt = new DataTransfer();
      dt.setData('text/plain', text);
      dt.setData('text/html', html);
      const target = document.querySelector('nianbao-checker').shadowRoot.querySelector('.nb-drop');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true }));
    }, [exampleText, html]);
    // the HTML was preferred, and the editor shows the core's readable text of it, not markup
    r = await waitResult(page, `r => r && r.input && r.input.kind === 'text'`);
    const shown = await page.evaluate(() => document.querySelector('nianbao-checker').value);
    assert.doesNotMatch(shown, /<(table|td|tr|p)\b/i, 'no markup in the editor');
    assert.match(shown, /（一）予以公开\t/, 'table rows as tab-separated text');
    await assertExampleCells(page);
    assertClean(problems);
    await context.close();
  });

  for (const [name, make, mime] of [
    ['report.txt', () => Buffer.from(exampleText, 'utf8'), 'text/plain'],
    ['report.html', () => Buffer.from(exampleHtml(exampleText), 'utf8'), 'text/html'],
    ['report.docx', () => exampleDocx(exampleText), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  ]) {
    test(`open ${name} with the file picker`, async () => {
      const { page, problems, context } = await fresh();
      await page.locator(`${EL} .nb-file`).setInputFiles({ name, mimeType: mime, buffer: make() });
      const r = await waitResult(page, 'r => r && r.diagnostics');
      assert.equal(r.file, name);
      assert.ok(!r.diagnostics.some((d) => d.rule === 'input-unreadable'), `${name} is read`);
      await assertExampleCells(page);
      if (name.endsWith('.docx')) {
        // the Word document can be continued as text, with cells editable again
        await page.locator(`${EL} .nb-docx-text`).click();
        await waitResult(page, `r => r && r.input && r.input.kind !== 'docx'`);
        await assertExampleCells(page);
        assert.ok((await page.locator(`${EL} .nb-editable`).count()) > 0);
      }
      assertClean(problems);
      await context.close();
    });
  }

  test('drop a file on the page', async () => {
    const { page, problems, context } = await fresh();
    const dt = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.txt', { type: 'text/plain' }));
      return dt;
    }, exampleText);
    const zone = page.locator(`${EL} .nb-drop`);
    await zone.dispatchEvent('dragover', { dataTransfer: dt });
    await shot(page, 'drag-over');
    await zone.dispatchEvent('drop', { dataTransfer: dt });
    const r = await waitResult(page, 'r => r && r.diagnostics');
    assert.equal(r.file, 'dropped.txt');
    await assertExampleCells(page);
    assertClean(problems);
    await context.close();
  });

  test('language switch re-labels the page and re-checks in English', async () => {
    const { page, problems, context } = await withExample();
    await page.locator(`${EL} .nb-lang-select`).selectOption('en');
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelector('.nb-title').textContent === 'Annual report checker');
    await waitResult(page, 'r => r && r.diagnostics');
    assert.equal(await page.locator(EL).getAttribute('lang'), 'en');
    // the editor too (its labels are set once at start-up and again only on a switch)
    assert.equal(await page.locator(`${EL} .cm-content`).getAttribute('aria-label'), 'Report text editor');
    await assertExampleCells(page);
    await shot(page, 'english');
    assertClean(problems);
    await context.close();
  });

  test('export JSON and CSV (整改清单) as downloads; copy tables as HTML + text', async () => {
    const { page, problems, context } = await withExample();
    const r = await getResult(page);
    let [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-json`).click()]);
    assert.match(dl.suggestedFilename(), /\.json$/);
    const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
    assert.deepEqual(json.diagnostics.map((d) => d.rule), r.diagnostics.map((d) => d.rule));
    [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-csv`).click()]);
    assert.match(dl.suggestedFilename(), /\.csv$/);
    const csv = readFileSync(await dl.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'BOM so Excel/WPS read UTF-8');
    assert.match(csv, /t3\.r1\.total/);
    assert.match(csv, /t4\.rv\.total/);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
    await page.locator(`${EL} .nb-copy`).click();
    const copied = await page.evaluate(() => document.querySelector('nianbao-checker')._lastCopy);
    assert.ok(copied, 'tables were prepared for the clipboard');
    assert.equal((copied.html.match(/<table/g) || []).length, 3, 'tables 二, 三, 四');
    assert.doesNotMatch(copied.html, /data-cell|data-severity|class=|contenteditable/);
    assert.match(copied.text, /\t/);
    const status = await page.locator(`${EL} .nb-status-text`).innerText();
    assert.match(status, /已复制/);
    // print: the button prints; the print layout shows the problems and the report, not the editor
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed++; }; });
    await page.locator(`${EL} .nb-print`).click();
    assert.equal(await page.evaluate(() => window.__printed), 1);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator(`${EL} .nb-col-input`).isVisible(), false);
    assert.equal(await page.locator(`${EL} .nb-list`).isVisible(), true);
    await shot(page, 'print');
    assertClean(problems);
    await context.close();
  });

  test('large input is checked in a Web Worker with a busy indicator, the page stays responsive', async () => {
    const { page, problems, context } = await fresh();
    const filler = '\n（补充说明）本段为测试用的长文本，用于检验大文件不会让页面卡住。'.repeat(1200); // ~43 000 chars: above the worker threshold (30 000)
    // The status while busy is recorded as it happens: the worker may finish before a poll would see it.
    await page.evaluate((t) => {
      const el = document.querySelector('nianbao-checker');
      window.__busyTexts = [];
      new MutationObserver(() => {
        if (el.hasAttribute('busy')) window.__busyTexts.push(el.shadowRoot.querySelector('.nb-status-text')?.textContent || '');
      }).observe(el, { attributes: true, attributeFilter: ['busy'] });
      el.value = t;
    }, exampleText + filler);
    // (the main thread stays free because the check runs in a worker, asserted below; how long it is
    // blocked is bench/'s figure, big_input_long_task_ms, never a timed assertion here)
    const r = await waitResult(page, 'r => r && r.diagnostics', EL, 240000);
    assert.ok(r.input.chars > 30000);
    const busyTexts = await page.evaluate(() => window.__busyTexts);
    assert.ok(busyTexts.some((t) => /后台/.test(t)), `busy status said: ${JSON.stringify(busyTexts)}`);
    assert.ok(page.workers().length >= 1 && page.workers().every((w) => w.url().startsWith('blob:')), 'workers from a Blob');
    assert.ok(await checksInWorkers(page) >= 1, 'the large input was checked in the worker');
    assertClean(problems);
    await context.close();
  });

  // A saved web page is read once (the reading half, no rules) into the text the editor shows, then that text is
  // checked once: both in the worker when the page is large, so the clerk's page never waits on either.
  test('a large HTML page is read into readable text and checked, each once and both in the worker', async () => {
    const { page, problems, context } = await fresh();
    const filler = '<p>（补充说明）本段为测试用的长文本，用于检验大网页只读一次、只查一次。</p>'.repeat(900);
    const html = exampleHtml(exampleText).replace('</body>', `${filler}</body>`);
    assert.ok(html.length > 30000);
    await page.evaluate((t) => document.querySelector('nianbao-checker')._load(t, { kind: 'html' }), html);
    const r = await waitResult(page, `r => r && r.input && r.input.kind === 'text'`, EL, 240000);
    const shown = await page.evaluate(() => document.querySelector('nianbao-checker').value);
    assert.doesNotMatch(shown, /<(table|td|tr|p)\b/i, 'no markup in the editor');
    assert.ok(r.input.chars > 30000 && shown.includes('只读一次'));
    await assertExampleCells(page);
    const ops = await workerOps(page);
    assert.equal(ops.readable, 1, 'the HTML read once');
    assert.equal(ops.check, 1, 'its readable text checked once');
    assertClean(problems);
    await context.close();
  });

  test('accessibility: axe-core finds no violations (names, contrast) and every control is reachable by keyboard', async () => {
    const { page, problems, context } = await withExample();
    await page.addScriptTag({ content: readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
    const res = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').slice(0, 200)) }));
    });
    assert.deepEqual(res, [], JSON.stringify(res, null, 1));
    // keyboard: Tab through the whole element and collect what gets focus
    await page.locator(`${EL} .nb-example`).focus();
    const seen = new Set();
    for (let k = 0; k < 160; k++) {
      const a = await deepActive(page);
      if (a) seen.add(a.cell ? 'cell' : (String(a.cls).split(' ').includes('cm-content') ? 'cm-content' : String(a.cls).split(' ').filter((c) => c.startsWith('nb-') || c.startsWith('cm-')).pop()) || a.tag + ':' + a.type);
      await page.keyboard.press('Tab');
    }
    for (const want of ['nb-example', 'nb-file', 'nb-totals', 'nb-copy', 'nb-json', 'nb-csv', 'nb-print', 'nb-lang-select', 'cm-content', 'nb-rule-select', 'nb-prev', 'nb-next', 'nb-diag', 'nb-fix', 'cell']) {
      assert.ok(seen.has(want), `${want} reachable by Tab (saw ${[...seen].join(', ')})`);
    }
    assertClean(problems);
    await context.close();
  });

  test('phone width: nothing overflows the viewport horizontally except the table scroller', async () => {
    const { page, problems, context } = await withExample({ viewport: { width: 390, height: 844 }, context: { isMobile: true, hasTouch: true } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page overflows by ${overflow}px`);
    await shot(page, 'phone-390');
    assertClean(problems);
    await context.close();
  });
});
