// The page's batch (issue 12), what a supervisor does after the automatic pairing: choose last year's report
// in the pairing column (or none), which checks that report again with it, and export the pairing (JSON, the
// CSV 整改清单's last column, and a pairing file the CLI takes back with --pairs). And folders: picked with
// <input webkitdirectory>, or dropped (the drop handler's walk of FileSystemDirectoryEntry, fed entries that
// hand their children over in several calls, a hidden folder, a picture, and a file the browser will not give).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { launch, openPage, server, skipReason, exampleText, root } from './support/browser.mjs';
import { EL, waitResult, assertClean, parseCsv } from './support/checks.mjs';

const AGENCY = '青禾市临溪区数据资源管理局';
const agencyName = (i) => `青禾市${'东南西北中'[i]}区数据资源管理局`;
/** The example report as `agency`'s report of `year`. */
const report = (agency, year) => exampleText.replaceAll(AGENCY, agency).replaceAll('2024', '@@').replaceAll('2023', String(year)).replaceAll('@@', String(year + 1));
const isPrev = (d) => /^prev-/.test(d.rule);

const batchDone = () => {
  const v = document.querySelector('nianbao-checker')._batch.view;
  return !!v && !v.running && v.results.every(Boolean) && v.rechecking.size === 0;
};
const view = (page) => page.evaluate(() => {
  const v = document.querySelector('nianbao-checker')._batch.view;
  return { names: v.files.map((f) => f.name), results: v.results, skipped: v.skipped };
});

describe('the batch: pairing chosen by hand, folders picked and dropped (page)', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });

  test('the pairing column: last year\'s report chosen, or none; the report is checked again; exports and the CLI agree', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    // a-2023 pairs with a-2022 by itself; b renamed itself between the years, so b-2023 finds no pair alone
    const files = {
      'x/a-2022.txt': report(agencyName(1), 2022),
      'x/a-2023.txt': report(agencyName(1), 2023),
      'x/b-2022.txt': report(agencyName(3), 2022),
      'x/b-2023.txt': report(agencyName(2), 2023),
    };
    await page.locator(`${EL} .nb-file`).setInputFiles(Object.entries(files).map(([name, text]) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) })));
    await page.waitForFunction(batchDone, null, { timeout: 120000 });
    let { names, results } = await view(page);
    const idx = (n) => names.findIndex((x) => x.endsWith(n));
    const [a22, a23, b22, b23] = ['a-2022.txt', 'a-2023.txt', 'b-2022.txt', 'b-2023.txt'].map(idx);
    assert.equal(results[a23].previous.file, names[a22], 'paired automatically');
    assert.equal(results[b23].previous, null, 'a renamed body is not paired automatically');
    const cell = (i) => page.locator(`${EL} .nb-batch-table tbody tr[data-index="${i}"] .nb-batch-paired`);
    assert.match(await cell(b23).textContent(), /未配对/);

    // b-2023: choose b-2022 in its pairing cell; the likely reports (last year's) are offered first
    await cell(b23).locator('.nb-batch-pair-edit').click();
    const select = cell(b23).locator('select.nb-batch-pair-select');
    assert.equal(await select.evaluate((s) => s === s.getRootNode().activeElement), true, 'the choice has the focus');
    const options = await select.locator('option').allTextContents();
    assert.equal(options[0], '不对照（未配对）');
    assert.ok(options[1].startsWith(names[b22]) || options[1].startsWith(names[a22]), `last year's reports first: ${options}`);
    assert.ok(options.every((o) => !o.startsWith(`${names[b23]}`)), 'a report is not its own last year');
    await select.selectOption(String(b22));
    await page.waitForFunction((i) => { const r = document.querySelector('nianbao-checker')._batch.view.results[i]; return r && r.previous && r.previous.file; }, b23, { timeout: 60000 });
    await page.waitForFunction(batchDone);
    ({ results } = await view(page));
    assert.equal(results[b23].previous.file, names[b22]);
    assert.ok(results[b23].diagnostics.some((d) => d.rule === 'prev-identical-tables'), 'checked again with the report chosen');
    assert.match(await cell(b23).textContent(), new RegExp(`${names[b22].replace('.', '\\.')}.*手动指定`));

    // a-2023: none; the cross-year findings go
    await cell(a23).locator('.nb-batch-pair-edit').click();
    await cell(a23).locator('select.nb-batch-pair-select').selectOption('-1');
    await page.waitForFunction((i) => { const r = document.querySelector('nianbao-checker')._batch.view.results[i]; return r && r.previous === null; }, a23, { timeout: 60000 });
    await page.waitForFunction(batchDone);
    ({ results } = await view(page));
    assert.ok(!results[a23].diagnostics.some(isPrev), 'no cross-year finding without last year\'s report');
    assert.match(await cell(a23).textContent(), /未配对.*手动指定/);

    // Escape leaves a choice unchanged
    await cell(a22).locator('.nb-batch-pair-edit').click();
    await page.keyboard.press('Escape');
    assert.equal(await cell(a22).locator('select').count(), 0);

    // JSON: each report's pairing and who decided it; the results say the same
    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-batch-json`).click()]);
    const json = JSON.parse(readFileSync(await jsonDl.path(), 'utf8'));
    const rep = (i) => json.reports.find((r) => r.file === names[i]);
    assert.deepEqual([rep(b23).paired, rep(b23).pairing], [names[b22], 'chosen']);
    assert.deepEqual([rep(a23).paired, rep(a23).pairing], ['', 'chosen']);
    assert.equal(rep(a22).pairing, 'auto');
    assert.equal(json.results.find((r) => r.file === names[b23]).previous.file, names[b22]);
    assert.equal(json.summary.paired, 1);
    // CSV 整改清单: the last column names the report each finding's report was compared with
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-batch-csv`).click()]);
    const table = parseCsv(readFileSync(await csvDl.path(), 'utf8').slice(1)).filter((r) => r.length > 1);
    assert.equal(table[0].at(-1), '上一年度报告');
    const rowsOf = (i) => table.filter((r) => r[1] === names[i]);
    assert.ok(rowsOf(b23).length > 0 && rowsOf(b23).every((r) => r.at(-1) === names[b22]));
    assert.ok(rowsOf(a23).every((r) => r.at(-1) === ''));
    // the pairing file: the CLI given it over the same files pairs them as the page did
    const [pairsDl] = await Promise.all([page.waitForEvent('download'), page.locator(`${EL} .nb-batch-pairs`).click()]);
    const pairs = readFileSync(await pairsDl.path(), 'utf8');
    assert.ok(pairs.includes(`${names[b23]},${names[b22]}\r\n`) && pairs.includes(`${names[a23]},-\r\n`), pairs);
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-page-pairs-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      writeFileSync(join(dir, 'pairs.csv'), pairs);
      const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.mjs'), 'check', '--format', 'json', '--no-summary', '--pairs', 'pairs.csv', 'x'], { cwd: dir, encoding: 'utf8' });
      const byCli = new Map(JSON.parse(cli.stdout).map((r) => [r.file, r.previous ? r.previous.file : null]));
      for (let i = 0; i < names.length; i++) assert.equal(byCli.get(names[i]), results[i].previous ? results[i].previous.file : null, `the CLI pairs ${names[i]} as the page did`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // opening b-2023 checks it with the report chosen
    await page.locator(`${EL} .nb-batch-open`, { hasText: names[b23] }).click();
    const one = await waitResult(page, `r => r && r.file === ${JSON.stringify(names[b23])}`);
    assert.equal(one.previous && one.previous.file, names[b22]);
    assertClean(problems);
    await context.close();
  });

  test('a folder picked with <input webkitdirectory>: reports (a PDF and an OFD among them) checked and paired, other files listed as not checked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-page-folder-'));
    const folder = join(dir, 'reports');
    const put = (rel, data) => {
      mkdirSync(dirname(join(folder, rel)), { recursive: true });
      writeFileSync(join(folder, rel), data);
    };
    put('east/2022.txt', report(agencyName(0), 2022));
    put('east/2023.txt', report(agencyName(0), 2023));
    put('south/2023.txt', report(agencyName(1), 2023));
    put('south/2024.pdf', readFileSync(join(root, 'tests', 'fixtures', 'pdf', 'chromium-2021-ruled.pdf')));
    put('west/2024.ofd', readFileSync(join(root, 'tests', 'fixtures', 'ofd', 'handmade-2021.ofd')));
    put('scan.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    put('.notes.txt', 'x');
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    try {
      assert.equal(await page.locator(`${EL} .nb-dir`).evaluate((i) => i.webkitdirectory), true);
      await page.locator(`${EL} .nb-dir`).setInputFiles(folder);
      await page.waitForFunction(batchDone, null, { timeout: 120000 });
      const { names, results, skipped } = await view(page);
      assert.deepEqual(names, ['reports/east/2022.txt', 'reports/east/2023.txt', 'reports/south/2023.txt', 'reports/south/2024.pdf', 'reports/west/2024.ofd']);
      // a PDF in the folder is read (by pdf.js, on the page's main thread), not refused
      assert.equal(results[3].input.kind, 'pdf');
      assert.ok(!results[3].diagnostics.some((d) => d.rule === 'input-unreadable'), JSON.stringify(results[3].diagnostics[0]));
      assert.equal(results[3].report.year, 2024);
      // and an OFD too (the page's OFD reader, on the main thread)
      assert.equal(results[4].input.kind, 'ofd');
      assert.ok(!results[4].diagnostics.some((d) => d.rule === 'input-unreadable'), JSON.stringify(results[4].diagnostics[0]));
      assert.ok(results[4].report.tables.t3, 'the OFD\'s table 三 was read');
      assert.equal(results[1].previous.file, 'reports/east/2022.txt');
      assert.ok(results[1].diagnostics.some((d) => d.rule === 'prev-identical-tables'));
      assert.deepEqual(skipped.sort(), ['reports/.notes.txt', 'reports/scan.jpg']);
      assert.match(await page.locator(`${EL} .nb-batch-skipped`).textContent(), /reports\/scan\.jpg/);
      assertClean(problems);
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a folder dropped: the walk of its entries (children handed over a few at a time), hidden and foreign files skipped, a file refused reported', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    const texts = { east22: report(agencyName(0), 2022), east23: report(agencyName(0), 2023), west23: report(agencyName(4), 2023) };
    await page.evaluate((texts) => {
      // FileSystemEntry look-alikes: what Chromium's webkitGetAsEntry() gives for a dropped folder
      const file = (path, text) => ({ isFile: true, isDirectory: false, name: path.split('/').pop(), fullPath: `/${path}`, file: (ok) => setTimeout(() => ok(new File([text], path.split('/').pop(), { type: 'text/plain' }))) });
      const refused = (path) => ({ isFile: true, isDirectory: false, name: path.split('/').pop(), fullPath: `/${path}`, file: (ok, fail) => setTimeout(() => fail(new DOMException('A requested file could not be found', 'NotFoundError'))) });
      const dir = (path, children) => ({
        isFile: false, isDirectory: true, name: path.split('/').pop(), fullPath: `/${path}`,
        createReader() {
          let at = 0;
          // two entries per call, then an empty call: the walk must keep asking
          return { readEntries: (ok) => setTimeout(() => { ok(children.slice(at, at + 2)); at += 2; }) };
        },
      });
      const tree = dir('drop', [
        dir('drop/west', [file('drop/west/2023.txt', texts.west23)]),
        dir('drop/east', [file('drop/east/2023.txt', texts.east23), file('drop/east/2022.txt', texts.east22), file('drop/east/photo.png', 'png')]),
        dir('drop/.git', [file('drop/.git/HEAD.txt', 'ref')]),
        refused('drop/gone.txt'),
        file('drop/readme.pdf.bak', 'x'),
      ]);
      const el = document.querySelector('nianbao-checker');
      const e = new Event('drop', { bubbles: true, cancelable: true, composed: true });
      Object.defineProperty(e, 'dataTransfer', { value: { files: [], types: ['Files'], items: [{ kind: 'file', webkitGetAsEntry: () => tree }] } });
      el.shadowRoot.querySelector('.nb-drop').dispatchEvent(e);
    }, texts);
    await page.waitForFunction(() => document.querySelector('nianbao-checker')._batch.view, null, { timeout: 30000 });
    await page.waitForFunction(batchDone, null, { timeout: 120000 });
    const { names, results, skipped } = await view(page);
    assert.deepEqual(names, ['drop/east/2022.txt', 'drop/east/2023.txt', 'drop/gone.txt', 'drop/west/2023.txt'], 'every report in the tree, sorted by path');
    assert.deepEqual(skipped.sort(), ['drop/.git', 'drop/east/photo.png', 'drop/readme.pdf.bak']);
    assert.equal(results[1].previous.file, 'drop/east/2022.txt');
    const gone = results[2];
    assert.equal(gone.diagnostics[0].rule, 'input-unreadable');
    assert.equal(gone.diagnostics[0].message, '无法打开或读取此文件（不存在、无权限或读取出错）', 'the core\'s words for a file that cannot be opened');
    assert.ok(results[3].report.agency === agencyName(4) && !results[3].diagnostics.some(isPrev));
    assertClean(problems);
    await context.close();
  });
});
