// Findings a clerk can act on: places in the report's words, 应为/实为, groups by table with errors first, rule
// docs inside the page, fix all certain (one undo), 重算合计 filling blank totals, review marks, the CSV
// 整改清单, and copying the corrected report back (official labels; Word document).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, server, skipReason, exampleText } from './support/browser.mjs';
import { EL, getResult, waitResult, assertClean } from './support/checks.mjs';
import { haveCorpus, corpusText } from './support/corpus.mjs';

const value = (page) => page.evaluate(() => document.querySelector('nianbao-checker').value);

describe('clerk findings: actionable', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });
  const fresh = (opts = {}) => openPage(browser, url, { allowOrigin: url, ...opts });
  async function load(page, text) {
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, text);
    return waitResult(page, 'r => r && r.diagnostics');
  }

  test('each finding names its place in the report\'s words, shows 应为/实为, grouped by table with errors first', async () => {
    const { page, problems, context } = await fresh();
    const r = await load(page, exampleText);
    const i = r.diagnostics.findIndex((d) => d.cell === 't3.r1.total');
    assert.equal(r.diagnostics[i].place.zh, '表三“（一）予以公开”行“总计”列');
    const item = page.locator(`${EL} .nb-item[data-index="${i}"]`);
    assert.equal(await item.locator('.nb-place').innerText(), '表三“（一）予以公开”行“总计”列');
    assert.equal(await item.locator('.nb-expected .nb-v').innerText(), '6');
    assert.equal(await item.locator('.nb-found .nb-v').innerText(), '7');
    // groups in table order, and inside each group errors before warnings before infos
    const groups = await page.locator(`${EL} .nb-group-h`).allInnerTexts();
    assert.ok(groups.length >= 2, groups.join(' | '));
    const order = await page.locator(`${EL} .nb-group`).evaluateAll((ols) => ols.map((ol) => [...ol.querySelectorAll('.nb-item')].map((li) => li.className.match(/nb-item-(\w+)/)[1])));
    const rank = { error: 0, warning: 1, info: 2 };
    for (const g of order) assert.deepEqual(g, [...g].sort((a, b) => rank[a] - rank[b]));
    // F8 follows the order shown
    await page.keyboard.press('F8');
    const first = await page.locator(`${EL} .nb-list .nb-item`).first().getAttribute('data-index');
    assert.equal(String(await page.evaluate(() => document.querySelector('nianbao-checker')._current)), first);
    assertClean(problems);
    await context.close();
  });

  test('a rule id links to that rule\'s documentation, inside the page, offline', async () => {
    const { page, problems, context } = await fresh();
    await load(page, exampleText);
    await page.locator(`${EL} .nb-list a.nb-rule[data-rule="t3-row-total"]`).first().click();
    const doc = page.locator(`${EL} .nb-ruledoc`);
    await doc.waitFor();
    const text = await doc.innerText();
    assert.match(text, /t3-row-total/);
    assert.match(text, /表三行总计不符/);
    assert.match(text, /t3\.row\.total = /);
    await page.locator(`${EL} .nb-ruledoc-close`).click();
    assert.equal(await doc.isVisible(), false);
    assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
    assertClean(problems);
    await context.close();
  });

  test('"Fix all certain" applies every certain fix at once, and one undo takes them all back', async () => {
    const { page, problems, context } = await fresh();
    const r = await load(page, exampleText);
    const fixes = r.diagnostics.filter((d) => d.fix);
    assert.ok(fixes.length >= 1);
    await page.locator(`${EL} .nb-fixall`).click();
    const after = await waitResult(page, 'r => r && !r.diagnostics.some(d => d.fix)');
    assert.ok(after.diagnostics.length < r.diagnostics.length);
    assert.match(await page.locator(`${EL} .nb-notice`).innerText(), /已修正 \d+ 处/);
    await page.locator(`${EL} .nb-notice .nb-notice-undo`).click();
    await page.waitForFunction((t) => document.querySelector('nianbao-checker').value === t, exampleText);
    assertClean(problems);
    await context.close();
  });

  // 表三's 2.其他法律行政法规禁止公开 with 法规禁 left out, as a clerk might type it
  const OFFICIAL = '2.其他法律行政法规禁止公开';
  const MISSPELT = '2.其他法律行政止公开';
  const cellsOf = (r) => JSON.stringify(Object.entries(r.report.tables).map(([t, rows]) => [t, Object.entries(rows).map(([k, cs]) => [k, Object.entries(cs).map(([c, v]) => [c, v.value, v.raw])])]));

  test('a misspelt label typed in the editor is put right in one click: the official label in the text, the finding gone, no cell moved', async () => {
    const { page, problems, context } = await fresh();
    const clean = await load(page, exampleText);
    assert.ok(!clean.diagnostics.some((d) => d.rule === 'label-nonstandard'));
    // the clerk selects 法规禁 in the label and deletes it
    const from = exampleText.indexOf(OFFICIAL) + '2.其他法律行政'.length;
    await page.locator(`${EL} .cm-content`).click();
    await page.evaluate(([a, b]) => document.querySelector('nianbao-checker')._editor.view.dispatch({ selection: { anchor: a, head: b } }), [from, from + 3]);
    await page.keyboard.press('Delete');
    const r = await waitResult(page, "r => r && r.diagnostics.some(d => d.rule === 'label-nonstandard')");
    assert.equal(await value(page), exampleText.replace(OFFICIAL, MISSPELT));
    const i = r.diagnostics.findIndex((d) => d.rule === 'label-nonstandard');
    assert.equal(r.diagnostics[i].fix.text, OFFICIAL);
    const button = page.locator(`${EL} .nb-item[data-index="${i}"] .nb-fix`);
    assert.equal((await button.innerText()).split('\n')[0], `一键修正：改为 ${OFFICIAL}`);
    assert.match(await button.getAttribute('title'), new RegExp(`把“${MISSPELT}”改为格式规定的“${OFFICIAL}”`));
    await button.click();
    const after = await waitResult(page, "r => r && !r.diagnostics.some(d => d.rule === 'label-nonstandard')");
    assert.equal(await value(page), exampleText, 'the official label is in the text again, and nothing else changed');
    assert.equal(cellsOf(after), cellsOf(r), 'no cell moved');
    assert.equal(after.diagnostics.length, r.diagnostics.length - 1);
    assertClean(problems);
    await context.close();
  });

  test('"Fix all certain" puts the misspelt label right with the cell fixes, one undo takes both back (English UI too)', async () => {
    const { page, problems, context } = await fresh();
    const misspelt = exampleText.replace(OFFICIAL, MISSPELT);
    const r = await load(page, misspelt);
    const certain = r.fixes.certain;
    assert.ok(certain.some((f) => f.cell === 't3.r1.total') && certain.some((f) => f.text === OFFICIAL), JSON.stringify(certain));
    await page.locator(`${EL} .nb-lang-select`).selectOption('en');
    const en = await waitResult(page, "r => r && r.diagnostics.some(d => d.rule === 'label-nonstandard' && /official label/.test(d.message))");
    const i = en.diagnostics.findIndex((d) => d.rule === 'label-nonstandard');
    assert.equal((await page.locator(`${EL} .nb-item[data-index="${i}"] .nb-fix`).innerText()).split('\n')[0], `Fix: change to ${OFFICIAL}`);
    await page.locator(`${EL} .nb-fixall`).click();
    const after = await waitResult(page, 'r => r && !r.diagnostics.some(d => d.fix)');
    const text = await value(page);
    assert.ok(text.includes(OFFICIAL) && !text.includes(MISSPELT), 'the official label is in the text');
    assert.equal(after.report.tables.t3.r1.total.value, 6, 'the certain cell fix as well');
    assert.ok(!after.diagnostics.some((d) => d.rule === 'label-nonstandard'));
    assert.match(await page.locator(`${EL} .nb-notice`).innerText(), /Fixed 2 certain problems/);
    await page.locator(`${EL} .nb-notice .nb-notice-undo`).click();
    await page.waitForFunction((t) => document.querySelector('nianbao-checker').value === t, misspelt);
    assertClean(problems);
    await context.close();
  });

  test('重算合计 fills a blank 总计 and says how many it filled', async () => {
    const { page, problems, context } = await fresh();
    await load(page, exampleText);
    const cell = page.locator(`${EL} [data-edit-cell="t3.r1.total"]`);
    await cell.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Enter');
    await waitResult(page, "r => r && r.report.tables.t3.r1.total.raw === ''");
    await page.locator(`${EL} .nb-totals`).click();
    await page.waitForFunction(() => /已填入 1 个总计格/.test(document.querySelector('nianbao-checker').shadowRoot.querySelector('.nb-notices').textContent));
    const r = await waitResult(page, 'r => r && r.report.tables.t3.r1.total.value === 6');
    assert.equal(r.report.tables.t4.rv.total.value, 2, 'the wrong 表四 total is corrected as well');
    assertClean(problems);
    await context.close();
  });

  test('review marks: 已核实 with a note survives edits elsewhere, shows in the CSV, and can be removed', async () => {
    const { page, problems, context } = await fresh();
    const r = await load(page, exampleText);
    const i = r.diagnostics.findIndex((d) => d.cell === 't4.rv.total');
    const fp = r.diagnostics[i].fingerprint;
    assert.match(fp, /^[0-9a-f]{16}$/);
    await page.locator(`${EL} .nb-item[data-index="${i}"] .nb-review[data-status="verified"]`).click();
    const note = page.locator(`${EL} .nb-item[data-fingerprint="${fp}"] .nb-reason`);
    await note.fill('已与复议台账核对');
    await note.press('Tab');
    // an edit elsewhere: the certain fix of t3.r1.total
    const j = r.diagnostics.findIndex((d) => d.fix && d.fix.cell === 't3.r1.total');
    await page.locator(`${EL} .nb-fix[data-index="${j}"]`).click();
    const after = await waitResult(page, "r => r && !r.diagnostics.some(d => d.cell === 't3.r1.total')");
    const d = after.diagnostics.find((x) => x.fingerprint === fp);
    assert.deepEqual(d.review, { status: 'verified', reason: '已与复议台账核对' });
    assert.equal(await page.locator(`${EL} .nb-item[data-fingerprint="${fp}"] .nb-reason`).inputValue(), '已与复议台账核对');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-csv`).click()]);
    const csv = readFileSync(await dl.path(), 'utf8');
    assert.match(csv, /已核实,已与复议台账核对/);
    const [ml] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-marks`).click()]);
    const marks = JSON.parse(readFileSync(await ml.path(), 'utf8'));
    assert.deepEqual(marks.marks.map((m) => [m.fingerprint, m.status, m.reason]), [[fp, 'verified', '已与复议台账核对']]);
    await page.locator(`${EL} .nb-item[data-fingerprint="${fp}"] .nb-unmark`).click();
    assert.equal(await page.locator(`${EL} .nb-item[data-fingerprint="${fp}"].nb-reviewed`).count(), 0);
    assert.equal((await getResult(page)).diagnostics.find((x) => x.fingerprint === fp).review, undefined);
    assert.notEqual(await page.evaluate(() => document.activeElement.tagName), 'BODY');
    assertClean(problems);
    await context.close();
  });

  test('the CSV 整改清单: Chinese headers and severities, places, one row per finding, agency and year in the name, BOM', async () => {
    const { page, problems, context } = await fresh();
    const r = await load(page, exampleText);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-csv`).click()]);
    assert.equal(dl.suggestedFilename(), `${r.report.agency}-${r.report.year}年-整改清单.csv`);
    const csv = readFileSync(await dl.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff序号,文件,单位,年度,严重程度,位置,问题,应为,实为,建议修改,规则,单元格,行,列,审核,审核说明,指纹,上一年度报告\r\n'));
    const rows = csv.trim().split('\r\n').slice(1);
    assert.equal(rows.length, r.diagnostics.length);
    assert.match(csv, /,错误,表三“（一）予以公开”行“总计”列,/);
    assert.match(csv, /,改为 6,/);
    assertClean(problems);
    await context.close();
  });

  test('copy back: official labels and rows of the template (corpus 001), and the whole report for Word', { skip: !haveCorpus && 'no ../shared/corpus' }, async () => {
    const { page, problems, context } = await fresh();
    const r = await load(page, corpusText('reports/001.txt'));
    assert.ok(JSON.stringify(r.report.row_labels).includes('其他法律行政止公开'), 'the report has the typo');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.replace(/\/$/, '') });
    await page.locator(`${EL} .nb-copy`).click();
    const copied = await page.evaluate(() => document.querySelector('nianbao-checker')._lastCopy);
    assert.equal((copied.html.match(/<table/g) || []).length, 3);
    assert.doesNotMatch(copied.html, /其他法律行政止公开/, 'the misspelt label is not copied back');
    assert.match(copied.html, /其他法律行政法规禁止公开/);
    assert.doesNotMatch(copied.html, /data-|class=|contenteditable|✖/);
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-word`).click()]);
    assert.match(dl.suggestedFilename(), /\.doc$/);
    const doc = readFileSync(await dl.path(), 'utf8');
    assert.match(doc, /urn:schemas-microsoft-com:office:word/);
    assert.match(doc, /一、总体情况/);
    assert.equal((doc.match(/<table/g) || []).length, 3);
    assert.doesNotMatch(doc, /其他法律行政止公开|data-severity|<script/);
    assertClean(problems);
    await context.close();
  });
});
