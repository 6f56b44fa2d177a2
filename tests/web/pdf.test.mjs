// PDF in the page: a PDF dropped on (or picked in) the offline page opened from file:// is read by the bundled
// pdf.js (no request of any kind), checked by the same checkFile call as in Node (so the page and Node give the
// same result for the same bytes), its pages drawn beside the re-drawn tables with the findings' boxes on them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, server, shot, skipReason, exampleText, singleFileUrl, root } from './support/browser.mjs';
import { EL, getResult, waitResult, assertExampleCells, assertClean, EXPECTED_ERROR_CELLS } from './support/checks.mjs';
import { corpusDir } from './support/corpus.mjs';
import { exampleHtml } from './support/fixtures.mjs';

const pdfDir = join(root, 'tests', 'fixtures', 'pdf');
const corpusPdf = (id) => join(corpusDir, 'pdf', `${id}.pdf`);
const haveCorpusPdf = existsSync(corpusPdf('001')) && existsSync(join(corpusDir, 'truth-cells.json'));

// Every number of the report's tables by canonical key.
function cells(result) {
  const out = {};
  for (const [t, rows] of Object.entries((result.report && result.report.tables) || {})) {
    for (const [r, cols] of Object.entries(rows)) for (const [c, cell] of Object.entries(cols)) out[`${t}.${r}.${c}`] = cell.value;
  }
  return out;
}

// The same bytes checked by the package in Node (js/pdf-node.mjs over pdf.js).
let nodeChecker = null;
async function nodeCheck(bytes, name) {
  if (!nodeChecker) nodeChecker = (await import('nianbao')).createChecker();
  return (await nodeChecker).checkFile(new Uint8Array(bytes), { name });
}

async function dropFile(page, name, bytes) {
  const dt = await page.evaluateHandle(([name, b64]) => {
    const bin = atob(b64);
    const u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    const dt = new DataTransfer();
    dt.items.add(new File([u8], name, { type: 'application/pdf' }));
    return dt;
  }, [name, Buffer.from(bytes).toString('base64')]);
  const zone = page.locator(`${EL} .nb-drop`);
  await zone.dispatchEvent('dragover', { dataTransfer: dt });
  await zone.dispatchEvent('drop', { dataTransfer: dt });
}

const pdfResult = (page, name) => waitResult(page, `r => r && r.file === ${JSON.stringify(name)}`, EL, 120000);
const drawnPages = (page) => page.locator(`${EL} .nb-pdf-page.nb-pdf-drawn`).count();

describe('PDF in the page', { skip: skipReason }, () => {
  let browser, examplePdf;
  before(async () => {
    browser = await launch();
    // The built-in example (its mistakes put there on purpose) printed to PDF by Chromium: made here, never stored.
    const page = await browser.newPage();
    await page.route('**/*', (r) => (r.request().url().startsWith('data:') ? r.continue() : r.abort()));
    await page.setContent(exampleHtml(exampleText).replace('</head>', '<style>body{font-size:11pt} td{border:0.75pt solid #000;padding:2pt 4pt;font-size:9pt} table{border-collapse:collapse}</style></head>'));
    examplePdf = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
    await page.close();
  });
  after(async () => {
    await browser?.close();
    const s = await server().catch(() => null);
    s?.server.close();
  });

  test('offline file://: drop a PDF, see the tables and the problem boxes on the page images, no request', async () => {
    const { page, problems, context } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await dropFile(page, 'example.pdf', examplePdf);
    const r = await pdfResult(page, 'example.pdf');
    assert.equal(r.input.kind, 'pdf');
    // the tables, with the example's errors marked on their cells
    await assertExampleCells(page);
    // one extractor, one answer: the page's result is the package's in Node for the same bytes
    const inNode = await nodeCheck(examplePdf, 'example.pdf');
    assert.deepEqual(cells(r), cells(inNode));
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.cell, d.box]), inNode.diagnostics.map((d) => [d.rule, d.cell, d.box]));
    // the editor shows the core's canonical text of the PDF, read-only
    assert.ok(r.canonical_text && r.canonical_text.includes('本年新收'));
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker').value), r.canonical_text);
    // the PDF's pages are drawn (pdf.js ran in a worker from a blob:, a classic script) and carry the boxes
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-pdf-drawn').length >= 2, null, { timeout: 60000 });
    assert.ok(workers.some((u) => u.startsWith('blob:')), 'pdf.js worker from a blob: URL');
    const inked = await page.locator(`${EL} .nb-pdf-page canvas`).first().evaluate((c) => {
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] < 128 && d[i + 3] > 0) dark++;
      return dark;
    });
    assert.ok(inked > 500, `the page image has text drawn on it (${inked} dark pixels)`);
    for (const cell of EXPECTED_ERROR_CELLS) {
      const d = r.diagnostics.find((x) => x.cell === cell && x.severity === 'error');
      assert.ok(d && d.box && d.box.page >= 1 && d.box.w > 0, `${cell}: a box on its page ${JSON.stringify(d && d.box)}`);
      const box = page.locator(`${EL} .nb-pdf-page[data-page="${d.box.page}"] .nb-pdf-box[data-cell="${cell}"].nb-pdf-box-error`);
      assert.equal(await box.count(), 1, `${cell}: drawn on page ${d.box.page}`);
    }
    // the box sits over the printed number: what pdf.js's text layer has there is the number written in the cell
    const d = r.diagnostics.find((x) => x.cell === 't3.r1.total' && x.severity === 'error');
    assert.equal(r.canonical_text.substr(d.text_at.offset, d.text_at.length), '7');
    // clicking the finding scrolls the pages to its box and marks it ...
    const i = r.diagnostics.indexOf(d);
    await page.locator(`${EL} .nb-diag[data-index="${i}"]`).click();
    const current = page.locator(`${EL} .nb-pdf-box.nb-pdf-current`);
    assert.equal(await current.count(), 1);
    assert.equal(await current.getAttribute('data-index'), String(i));
    const seen = await current.evaluate((b) => {
      const pane = b.closest('.nb-pdf-pages').getBoundingClientRect();
      const r = b.getBoundingClientRect();
      return r.top >= pane.top && r.bottom <= pane.bottom && r.left >= pane.left && r.right <= pane.right;
    });
    assert.ok(seen, 'the current box is scrolled into the pages view');
    await shot(page, 'pdf-offline');
    // ... and clicking another box selects its finding in the list
    const other = r.diagnostics.findIndex((x) => x.cell === 't4.rv.total' && x.severity === 'error');
    await page.locator(`${EL} .nb-pdf-box[data-index="${other}"]`).click();
    assert.equal(await page.locator(`${EL} .nb-item.nb-selected`).getAttribute('data-index'), String(other));
    // the text can be taken over for editing; the PDF view goes away
    await page.locator(`${EL} .nb-docx-text`).click();
    await waitResult(page, `r => r && r.input && r.input.kind !== 'pdf'`);
    await assertExampleCells(page);
    assert.equal(await page.locator(`${EL} .nb-col-pdf`).isHidden(), true);
    assertClean(problems);
    await context.close();
  });

  test('PDFs set in a non-embedded Chinese font read with the bundled CMaps, as in Node', async () => {
    const { page, problems, context } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    const bytes = readFileSync(join(pdfDir, 'handmade-2021-nonembedded-font.pdf'));
    await dropFile(page, 'song.pdf', bytes);
    const r = await pdfResult(page, 'song.pdf');
    const inNode = await nodeCheck(bytes, 'song.pdf');
    assert.equal(r.report.title, inNode.report.title);
    assert.match(r.report.title, /政府信息公开工作年度报告/);
    assert.equal(r.canonical_text, inNode.canonical_text);
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.cell, d.box]), inNode.diagnostics.map((d) => [d.rule, d.cell, d.box]));
    assertClean(problems);
    await context.close();
  });

  test('a scan, an encrypted and a broken PDF get the core\'s message; nothing hangs', async () => {
    const { page, problems, context } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    for (const [name, re] of [['handmade-image-only', /扫描件.*OCR/], ['handmade-encrypted', /加密/], ['handmade-broken', /损坏/]]) {
      await dropFile(page, `${name}.pdf`, readFileSync(join(pdfDir, `${name}.pdf`)));
      const r = await pdfResult(page, `${name}.pdf`);
      assert.equal(r.diagnostics.length, 1, `${name}: ${JSON.stringify(r.diagnostics)}`);
      assert.equal(r.diagnostics[0].rule, 'input-unreadable');
      assert.match(r.diagnostics[0].message, re);
      assert.match(await page.locator(`${EL} .nb-list`).innerText(), re);
    }
    // pdf.js's own complaints about these files are warnings, never errors of the page
    assertClean(problems);
    await context.close();
  });

  test('a browser too old for pdf.js: a clear message for PDF only, the checker keeps working', async () => {
    const context = await browser.newContext({ offline: true, locale: 'zh-CN' });
    await context.addInitScript(() => { delete Array.prototype.toSorted; });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(singleFileUrl);
    await page.waitForFunction(() => customElements.get('nianbao-checker'));
    await dropFile(page, 'example.pdf', examplePdf);
    const r = await pdfResult(page, 'example.pdf');
    assert.equal(r.diagnostics.length, 1);
    assert.equal(r.diagnostics[0].rule, 'input-unreadable');
    assert.match(r.diagnostics[0].message, /浏览器版本过旧.*PDF.*Chrome/);
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText);
    await waitResult(page, `r => r && r.input && r.input.kind !== 'pdf' && r.diagnostics.length > 1`);
    await assertExampleCells(page);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the served page loads its PDF part (nianbao-pdf.js) only when a PDF is opened', async () => {
    const { url } = await server();
    const { page, problems, context } = await openPage(browser, url + 'index.html', { allowOrigin: url });
    const scripts = [];
    page.on('request', (q) => scripts.push(q.url()));
    await page.waitForTimeout(300);
    assert.ok(!scripts.some((u) => u.endsWith('nianbao-pdf.js')), 'not loaded at start-up');
    await dropFile(page, 'example.pdf', examplePdf);
    const r = await pdfResult(page, 'example.pdf');
    assert.equal(r.input.kind, 'pdf');
    await assertExampleCells(page);
    assert.ok(scripts.some((u) => u.endsWith('nianbao-pdf.js')));
    assertClean(problems);
    await context.close();
  });

  test('offline file://: an OFD opened in the page reads like its runs, as in Node, with no request', async () => {
    const { page, problems, context } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    const bytes = readFileSync(join(root, 'tests', 'fixtures', 'ofd', 'handmade-2021.ofd'));
    await dropFile(page, 'report.ofd', bytes);
    const r = await pdfResult(page, 'report.ofd');
    assert.equal(r.input.kind, 'ofd');
    // the same model as the package in Node gives for the same bytes, and as the runs the OFD was made from
    const inNode = await nodeCheck(bytes, 'report.ofd');
    assert.deepEqual(cells(r), cells(inNode));
    const runs = await nodeCheck(readFileSync(join(pdfDir, 'handmade-2021-nonembedded-font.runs.json')), 'report.runs.json');
    assert.deepEqual(cells(r), cells(runs));
    assert.ok(Object.keys(cells(r)).length >= 170);
    assert.equal(r.summary.errors, 0);
    // the tables are drawn; the editor holds the text read from the OFD, read-only; no PDF pages (none to draw)
    assert.ok(await page.locator(`${EL} .nb-report td[data-cell="t3.r1.total"]`).count() >= 1);
    assert.equal(await page.evaluate(() => document.querySelector('nianbao-checker').value), r.canonical_text);
    assert.match(await page.locator(`${EL} .nb-docx-note`).innerText(), /OFD/);
    assert.equal(await page.locator(`${EL} .nb-pdf-page`).count(), 0);
    assertClean(problems);
    await context.close();
  });

  test('a host page whose CSP allows no blob: worker: pdf.js runs on the main thread, the page says it is slower', async () => {
    const { url } = await server();
    const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' blob:; style-src 'self' 'unsafe-inline'; worker-src 'self'; connect-src data:; base-uri 'none'";
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = { console: [], network: [] };
    page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
    page.on('pageerror', (e) => problems.console.push(String(e)));
    page.on('request', (q) => { if (!/^(data|blob):/.test(q.url()) && !q.url().startsWith(url)) problems.network.push(q.url()); });
    await page.route(url + 'pdf-no-workers.html', (q) => q.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"></head><body><nianbao-checker></nianbao-checker><script src="nianbao-web.js"></script></body></html>` }));
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(url + 'pdf-no-workers.html');
    await page.waitForFunction(() => customElements.get('nianbao-checker'));
    await dropFile(page, 'example.pdf', examplePdf);
    const r = await pdfResult(page, 'example.pdf');
    assert.equal(r.input.kind, 'pdf');
    await assertExampleCells(page);
    const inNode = await nodeCheck(examplePdf, 'example.pdf');
    assert.deepEqual(cells(r), cells(inNode));
    assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.cell, d.box]), inNode.diagnostics.map((d) => [d.rule, d.cell, d.box]));
    assert.deepEqual(workers, [], 'no worker could start');
    assert.match(await page.locator(`${EL} .nb-docx-note`).innerText(), /主线程.*较慢/);
    // the pages are drawn too (pdf.js's fake worker serves the drawing as it served the reading)
    await page.waitForFunction(() => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-pdf-drawn').length >= 1, null, { timeout: 60000 });
    // the only complaints are the browser's reports of the refused workers
    problems.console = problems.console.filter((m) => !/Content Security Policy/i.test(m));
    assertClean(problems);
    await context.close();
  });

  test('the corpus PDFs give every hand-typed cell in the page', { skip: haveCorpusPdf ? false : 'no ../shared/corpus/pdf' }, async () => {
    const truth = JSON.parse(readFileSync(join(corpusDir, 'truth-cells.json'), 'utf8'));
    const { page, problems, context } = await openPage(browser, singleFileUrl, { context: { offline: true } });
    for (const id of ['001', '002', '003']) {
      if (!truth[id] || !existsSync(corpusPdf(id))) continue;
      await dropFile(page, `${id}.pdf`, readFileSync(corpusPdf(id)));
      const r = await pdfResult(page, `${id}.pdf`);
      assert.equal(r.input.kind, 'pdf');
      const got = cells(r);
      for (const [key, want] of Object.entries(truth[id])) assert.equal(got[key], want, `${id} ${key}`);
      // and in the tables drawn on the page (the number as written, without footnote marks)
      const drawn = await page.evaluate(() => {
        const out = {};
        for (const td of document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-report td[data-cell]')) {
          const c = td.cloneNode(true);
          for (const x of c.querySelectorAll('sup, .nb-sr, .nb-icon')) x.remove();
          out[td.dataset.cell] = c.textContent.trim();
        }
        return out;
      });
      // (a cell the official form of the report's year has no place for, e.g. 2019's single （六） row in a
      // 2023 report, is in the model but not drawn)
      let compared = 0;
      for (const [key, want] of Object.entries(truth[id])) {
        if (want === null || drawn[key] === undefined) continue;
        assert.equal(Number(drawn[key]), want, `${id} ${key} drawn`);
        compared++;
      }
      assert.ok(compared >= 0.9 * Object.keys(truth[id]).length, `${id}: ${compared} cells drawn`);
      // every finding placed on the PDF has its box drawn on its page
      await page.waitForFunction((n) => document.querySelector('nianbao-checker').shadowRoot.querySelectorAll('.nb-pdf-drawn').length >= n, Math.min(...r.diagnostics.filter((x) => x.box).map((x) => x.box.page), 1), { timeout: 60000 });
      for (const [i, d] of r.diagnostics.entries()) {
        if (!d.box) continue;
        if (!(await page.locator(`${EL} .nb-pdf-page[data-page="${d.box.page}"]`).count())) continue; // not drawn yet
        assert.equal(await page.locator(`${EL} .nb-pdf-page[data-page="${d.box.page}"] .nb-pdf-box[data-index="${i}"]`).count(), 1, `${id}: box of ${d.rule}`);
      }
    }
    assertClean(problems);
    await context.close();
  });
});
