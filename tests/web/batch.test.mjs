// Many reports at once in the page (issue 12): 200 generated reports dropped on the element (agencies over
// consecutive years, so that some pair, and three files that are no report), the summary table, the pairing,
// both exports, opening a report and coming back, a click answered while the batch runs; and last year's
// report given to the single-report view through "上一年度报告".
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, server, shot, skipReason, exampleText } from './support/browser.mjs';
import { EL, waitResult, assertClean, parseCsv } from './support/checks.mjs';

const AGENCY = '青禾市临溪区数据资源管理局';
// Two-character district names of one length: no name is another's with a place in front (no short-name match).
const CHARS = '东南西北中上下前后金木水火土';
const agencyName = (i) => `青禾市${CHARS[Math.floor(i / CHARS.length)]}${CHARS[i % CHARS.length]}区数据资源管理局`;
/** The example report as agency `agency`'s report of `year` (the year after it is named as year + 1). */
const report = (agency, year) => exampleText.replaceAll(AGENCY, agency).replaceAll('2024', '@@').replaceAll('2023', String(year)).replaceAll('@@', String(year + 1));

// 70 agencies with two consecutive years (140 files), 57 with one year, and three files that are no report.
function batchFiles() {
  const files = [];
  const expect = new Map(); // name → {agency, year, paired}
  for (let i = 0; i < 127; i++) {
    const agency = agencyName(i);
    const years = i < 70 ? [2022, 2023] : [2021 + (i % 3)];
    for (const year of years) {
      const name = `reports/${String(i).padStart(3, '0')}-${year}.txt`;
      files.push({ name, text: report(agency, year) });
      expect.set(name, { agency, year, paired: years.length === 2 && year === 2023 ? `reports/${String(i).padStart(3, '0')}-2022.txt` : null });
    }
  }
  files.push({ name: 'empty.txt', bytes: [] });
  files.push({ name: 'binary.txt', bytes: [0, 1, 2, 3, 255, 0, 0, 7, 8, 9, 0, 0, 0, 200, 0, 0] });
  files.push({ name: 'broken.docx', bytes: [0x50, 0x4b, 3, 4, 1, 2, 3] });
  return { files, expect };
}

describe('many reports at once (page)', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });

  test('200 dropped reports: summary, pairing, exports, a report opened and back, a click answered while checking', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    const { files, expect } = batchFiles();
    const dt = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text !== undefined ? f.text : new Uint8Array(f.bytes)], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    // A click listener that records whether the batch was still running when the page answered.
    await page.evaluate(() => {
      const el = document.querySelector('nianbao-checker');
      window.__answered = null;
      el.shadowRoot.addEventListener('click', (e) => {
        const b = e.composedPath()[0];
        if (b && b.dataset && b.dataset.sort === 'errors' && !window.__answered) {
          const v = el._batch.view;
          window.__answered = { at: performance.now(), running: v.running, progress: el.shadowRoot.querySelector('.nb-batch-progress').value };
        }
      }, true);
    });
    await page.locator(`${EL} .nb-drop`).dispatchEvent('drop', { dataTransfer: dt });
    // while the batch runs: the progress bar moves, and a click on a column header is answered
    await page.waitForFunction(() => {
      const v = document.querySelector('nianbao-checker')._batch.view;
      return v && v.running && v.progress.phase === 'checking' && v.progress.done >= 5;
    }, null, { timeout: 120000 });
    // a real mouse click at the header (no waiting for the element to be still: the table grows as results come)
    const box = await page.locator(`${EL} .nb-batch-table [data-sort="errors"]`).boundingBox();
    const clickedAt = await page.evaluate(() => performance.now());
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__answered, null, { timeout: 60000 });
    const answered = await page.evaluate(() => window.__answered);
    assert.ok(answered, 'the click was answered');
    assert.equal(answered.running, true, 'the page answered the click while the batch was still running');
    assert.ok(answered.progress > 0 && answered.progress < 1, `the progress bar was part way (${answered.progress})`);
    console.log(`# click answered ${(answered.at - clickedAt).toFixed(0)} ms after it was sent, while the batch ran`);
    await page.waitForFunction(() => !document.querySelector('nianbao-checker')._batch.view.running, null, { timeout: 600000 });
    await shot(page, 'batch-200');

    // the summary table: one row per file, agency, year and the pairing as generated
    const rows = await page.evaluate(() => [...document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-batch-table tbody tr')].map((tr) => ({
      file: tr.querySelector('.nb-batch-open').textContent,
      agency: tr.querySelector('.nb-batch-agency').textContent,
      year: tr.querySelector('.nb-batch-year').textContent,
      template: tr.querySelector('.nb-batch-template').textContent,
      errors: Number(tr.querySelector('.nb-batch-errors').textContent),
      warnings: Number(tr.querySelector('.nb-batch-warnings').textContent),
      worst: tr.querySelector('.nb-batch-worst').textContent,
      paired: tr.querySelector('.nb-batch-paired .nb-batch-pair-name').textContent,
    })));
    assert.equal(rows.length, 200);
    const results = await page.evaluate(() => document.querySelector('nianbao-checker')._batch.view.results);
    assert.equal(results.length, 200);
    assert.ok(results.every(Boolean), 'every file has a result');
    const byName = new Map(rows.map((r) => [r.file, r]));
    for (const [name, e] of expect) {
      const r = byName.get(name);
      assert.ok(r, `a row for ${name}`);
      assert.equal(r.agency, e.agency, name);
      assert.equal(r.year, String(e.year), name);
      assert.equal(r.template, '2021', name);
      assert.equal(r.paired, e.paired || '未配对', `${name} paired with ${e.paired}`);
      assert.ok(r.errors >= 2, `the example's two errors in ${name}`);
      assert.match(r.worst, /^\[[a-z0-9-]+\] /);
      const res = results.find((x) => x.file === name);
      assert.equal(res.summary.errors, r.errors);
      if (e.paired) {
        assert.equal(res.previous && res.previous.file, e.paired);
        assert.ok(res.diagnostics.some((d) => d.rule === 'prev-identical-tables'), `${name}: last year's tables copied`);
      } else {
        assert.ok(!res.diagnostics.some((d) => /^prev-/.test(d.rule)), `${name}: no prev-* finding without last year's report`);
      }
    }
    // the three files that are no report are reported for that file, not skipped
    for (const bad of ['empty.txt', 'binary.txt', 'broken.docx']) {
      const r = byName.get(bad);
      assert.ok(r, `a row for ${bad}`);
      assert.ok(r.errors >= 1 && r.worst.startsWith('[input-unreadable]'), `${bad}: ${r.worst}`);
    }
    // sorted by errors (descending after the second click? one click: ascending)
    const errs = rows.map((r) => r.errors);
    assert.deepEqual(errs, [...errs].sort((a, b) => a - b), 'sorted by errors, ascending');
    // filter: only the agency typed
    await page.locator(`${EL} .nb-batch-filter input`).fill(agencyName(3));
    assert.equal(await page.locator(`${EL} .nb-batch-table tbody tr`).count(), 2);
    await page.locator(`${EL} .nb-batch-filter input`).fill('');

    // exports: the CSV 整改清单 (one row per finding, with BOM) and JSON (summary and every result)
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-batch-csv`).click()]);
    const csv = readFileSync(await csvDl.path(), 'utf8');
    assert.ok(csv.startsWith('\ufeff'), 'a BOM for Excel');
    const table = parseCsv(csv.slice(1)).filter((r) => r.length > 1);
    assert.deepEqual(table[0].slice(0, 5), ['序号', '文件', '单位', '年度', '严重程度']);
    const findings = results.reduce((n, r) => n + r.diagnostics.length, 0);
    assert.equal(table.length - 1, findings, 'one CSV row per finding');
    for (const bad of ['empty.txt', 'binary.txt', 'broken.docx']) assert.ok(table.some((r) => r[1] === bad && r[10] === 'input-unreadable'), `${bad} in the CSV`);
    assert.ok(table.some((r) => r[1] === 'reports/000-2023.txt' && r[10] === 'prev-identical-tables'), 'a cross-year finding in the CSV');
    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-batch-json`).click()]);
    const json = JSON.parse(readFileSync(await jsonDl.path(), 'utf8'));
    assert.equal(json.results.length, 200);
    assert.equal(json.reports.length, 200);
    assert.equal(json.summary.files, 200);
    assert.equal(json.summary.unreadable, 3);
    assert.equal(json.summary.paired, 70);
    assert.equal(json.results.reduce((n, r) => n + r.diagnostics.length, 0), findings);
    assert.equal(json.reports.find((r) => r.file === 'reports/001-2023.txt').paired, 'reports/001-2022.txt');

    // open one report into the full view (checked with its pair), then back to the summary
    await page.locator(`${EL} .nb-batch-open`, { hasText: 'reports/002-2023.txt' }).click();
    const one = await waitResult(page, `r => r && r.file === 'reports/002-2023.txt'`);
    assert.equal(one.previous && one.previous.file, 'reports/002-2022.txt');
    assert.ok(one.diagnostics.some((d) => d.rule === 'prev-duplicate-text'));
    assert.ok(await page.locator(`${EL} .nb-batch`).isHidden());
    assert.ok(await page.locator(`${EL} .nb-list .nb-item`).count() > 0);
    assert.match(await page.locator(`${EL} .nb-prev-note`).textContent(), /reports\/002-2022\.txt/);
    await page.locator(`${EL} .nb-batch-back`).click();
    assert.ok(await page.locator(`${EL} .nb-batch`).isVisible());
    assert.ok(await page.locator(`${EL} .nb-main`).isHidden());
    assert.equal(await page.locator(`${EL} .nb-batch-table tbody tr`).count(), 200);
    assertClean(problems);
    await context.close();
  });

  test('a host page whose CSP allows no blob: worker (and names no worker file): the batch runs on the main thread, every file checked', async () => {
    const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; worker-src 'self'; connect-src data:; base-uri 'none'";
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(url + 'no-workers.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><nianbao-checker></nianbao-checker><script src="nianbao-web.js"></script></body></html>` }));
    await page.goto(url + 'no-workers.html');
    await page.waitForFunction(() => customElements.get('nianbao-checker'));
    const files = [report(agencyName(1), 2022), report(agencyName(1), 2023), report(agencyName(2), 2023)].map((t, i) => ({ name: `r${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(t) }));
    await page.locator(`${EL} .nb-file`).setInputFiles(files);
    await page.waitForFunction(() => { const v = document.querySelector('nianbao-checker')._batch.view; return v && !v.running && v.results.every(Boolean); }, null, { timeout: 120000 });
    const results = await page.evaluate(() => document.querySelector('nianbao-checker')._batch.view.results);
    assert.deepEqual(results.map((r) => r.file), ['r0.txt', 'r1.txt', 'r2.txt']);
    for (const r of results) assert.ok(!r.diagnostics.some((d) => d.rule === 'input-unreadable'), `${r.file} was checked`);
    assert.equal(results[1].previous && results[1].previous.file, 'r0.txt');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the same host page: one large report (checked off the main thread elsewhere) is checked, not left waiting for a worker that never starts', async () => {
    const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; worker-src 'self'; connect-src data:; base-uri 'none'";
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route(url + 'no-workers-large.html', (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><nianbao-checker></nianbao-checker><script src="nianbao-web.js"></script></body></html>` }));
    await page.goto(url + 'no-workers-large.html');
    await page.waitForFunction(() => customElements.get('nianbao-checker'));
    // over the page's 30,000-character worker threshold: a report followed by a long appendix of prose
    const large = report(agencyName(7), 2023) + '\n附件说明：' + '本单位按要求做好政务公开工作。'.repeat(2500) + '\n';
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, large);
    const r = await waitResult(page, 'r => r && r.diagnostics', EL, 60000);
    assert.ok(r.report.tables.t3, 'the report was read');
    assert.ok(!r.diagnostics.some((d) => d.rule === 'input-unreadable'));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('"上一年度报告": last year\'s report beside the one being checked gives the cross-year findings', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    const agency = agencyName(5);
    await page.locator(`${EL} .nb-file`).setInputFiles({ name: 'this-year.txt', mimeType: 'text/plain', buffer: Buffer.from(report(agency, 2023)) });
    let r = await waitResult(page, `r => r && r.file === 'this-year.txt'`);
    assert.ok(!r.diagnostics.some((d) => /^prev-/.test(d.rule)), 'no cross-year finding alone');
    await page.locator(`${EL} .nb-prev-file`).setInputFiles({ name: 'last-year.txt', mimeType: 'text/plain', buffer: Buffer.from(report(agency, 2022)) });
    r = await waitResult(page, `r => r && r.previous && r.previous.file === 'last-year.txt'`);
    assert.equal(r.previous.year, 2022);
    for (const rule of ['prev-identical-tables', 'prev-duplicate-text']) assert.ok(r.diagnostics.some((d) => d.rule === rule), rule);
    assert.ok(await page.locator(`${EL} .nb-list [data-rule="prev-duplicate-text"]`).count() > 0, 'shown in the problem list');
    // dropped on the "上一年度报告" zone works the same; "不再对照" forgets it
    await page.locator(`${EL} .nb-prev-clear`).click();
    r = await waitResult(page, `r => r && !r.previous`);
    assert.ok(!r.diagnostics.some((d) => /^prev-/.test(d.rule)));
    const dt = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped-last-year.txt', { type: 'text/plain' }));
      return dt;
    }, report(agency, 2022));
    await page.locator(`${EL} .nb-prev-zone`).dispatchEvent('drop', { dataTransfer: dt });
    r = await waitResult(page, `r => r && r.previous && r.previous.file === 'dropped-last-year.txt'`);
    assert.equal(r.file, 'this-year.txt', 'the report itself was kept');
    // a PDF is read as a PDF (pdf.js), not as text: its agency and year are found
    await page.locator(`${EL} .nb-prev-file`).setInputFiles({ name: 'last-year.pdf', mimeType: 'application/pdf', buffer: readFileSync(new URL('../fixtures/pdf/chromium-2021-ruled.pdf', import.meta.url)) });
    r = await waitResult(page, `r => r && r.previous && r.previous.file === 'last-year.pdf'`, EL, 60000);
    assert.deepEqual({ readable: r.previous.readable, year: r.previous.year, agency: r.previous.agency }, { readable: true, year: 2024, agency: '青山县市场监督管理局' });
    assertClean(problems);
    await context.close();
  });
});
