// Embedding and keyboard: host CSS does not reach in (no rem), F8/j/k after load, clicks and a language switch
// with the focus never on <body>, nianbao-error when the engine cannot start, phone width, a strict CSP,
// axe-core including landmark rules, and screenshots of real reports at desktop and phone width.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openPage, server, skipReason, exampleText, shot, root } from './support/browser.mjs';
import { EL, waitResult, assertClean, deepActive } from './support/checks.mjs';
import { haveCorpus, corpusText, fixtureText } from './support/corpus.mjs';

const host = (csp, body, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title>${csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : ''}${head}</head><body><main>${body}</main></body></html>`;

describe('embedding, keyboard, CSP, phone, accessibility', { skip: skipReason }, () => {
  let browser, url;
  before(async () => {
    browser = await launch();
    ({ url } = await server());
  });
  after(async () => {
    await browser?.close();
    (await server()).server.close();
  });
  /** A host page served from the test server's origin (so 'self' is nianbao-web.js's origin). */
  async function hostPage(name, html, opts = {}) {
    const context = await browser.newContext({ viewport: opts.viewport || { width: 1366, height: 768 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const problems = { console: [], network: [] };
    page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
    page.on('pageerror', (e) => problems.console.push(String(e)));
    await page.route(url + name, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    for (const [path, js] of Object.entries(opts.scripts || {})) await page.route(url + path, (r) => r.fulfill({ contentType: 'text/javascript', body: js }));
    await page.goto(url + name);
    return { context, page, problems };
  }
  async function load(page, text, sel = EL) {
    await page.evaluate(([t, s]) => { document.querySelector(s).value = t; }, [text, sel]);
    return waitResult(page, 'r => r && r.diagnostics', sel);
  }

  test("a portal's html{font-size:30px} does not scale the element", async () => {
    const sizes = async (portalCss) => {
      const { page, context } = await hostPage(`size-${portalCss ? 'big' : 'plain'}.html`, host('', '<nianbao-checker></nianbao-checker><script src="nianbao-web.js"></script>', `<style>${portalCss}</style>`));
      await load(page, exampleText);
      const out = await page.evaluate(() => {
        const r = document.querySelector('nianbao-checker').shadowRoot;
        const px = (sel) => getComputedStyle(r.querySelector(sel)).fontSize;
        return { title: px('.nb-title'), button: px('.nb-btn'), cell: px('[data-cell="t3.r1.total"]'), caption: px('.nb-report caption'), list: px('.nb-msg') };
      });
      await context.close();
      return out;
    };
    assert.deepEqual(await sizes('html{font-size:30px} body{font-size:30px}'), await sizes(''));
  });

  test('F8 / j / k after load, after a click inside, after switching language; focus never on <body>', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    await load(page, exampleText);
    const current = () => page.evaluate(() => document.querySelector('nianbao-checker')._current);
    // after load: nothing has focus
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    await page.keyboard.press('F8');
    assert.notEqual(await current(), -1, 'F8 right after load');
    // after a click on plain text inside the element (which takes no focus)
    await page.locator(`${EL} .nb-hint`).click();
    const a = await current();
    await page.keyboard.press('j');
    assert.notEqual(await current(), a, 'j after a click inside');
    await page.keyboard.press('k');
    assert.equal(await current(), a, 'k after a click inside');
    // after switching language (the select keeps the focus; F8 still moves, the re-check keeps it off <body>)
    await page.locator(`${EL} .nb-lang-select`).selectOption('en');
    await waitResult(page, 'r => r && r.diagnostics && /[a-z]/i.test(r.diagnostics[0].message)');
    await page.keyboard.press('F8');
    assert.notEqual((await deepActive(page)).tag, 'BODY');
    const b = await current();
    await page.keyboard.press('j');
    assert.notEqual(await current(), b, 'j after switching language');
    // a fix removes its own button: the focus goes to a neighbour, not <body>
    const r = await page.evaluate(() => document.querySelector('nianbao-checker').result);
    const i = r.diagnostics.findIndex((d) => d.fix);
    await page.locator(`${EL} .nb-fix[data-index="${i}"]`).focus();
    await page.keyboard.press('Enter');
    await waitResult(page, 'r => r && !r.diagnostics.some(d => d.fix)');
    await page.waitForTimeout(100);
    assert.notEqual((await deepActive(page)).tag, 'BODY');
    await page.keyboard.press('j');
    assertClean(problems);
    await context.close();
  });

  test("nianbao-error and a visible message when the engine cannot start (CSP without 'wasm-unsafe-eval')", async () => {
    const listen = "window.__errors=[];document.addEventListener('nianbao-error',function(e){window.__errors.push(e.detail)});";
    const { page, context } = await hostPage('no-wasm.html', host("default-src 'none'; script-src 'self'; style-src 'self'", '<script src="listen.js"></script><nianbao-checker></nianbao-checker><script src="nianbao-web.js"></script>'), { scripts: { 'listen.js': listen } });
    await page.waitForFunction(() => window.__errors && window.__errors.length > 0, null, { timeout: 20000 });
    const detail = await page.evaluate(() => window.__errors[0]);
    assert.equal(detail.reason, 'csp');
    assert.match(detail.message, /wasm-unsafe-eval/);
    const alert = page.locator(`${EL} .nb-alert`);
    assert.ok(await alert.isVisible());
    assert.match(await alert.innerText(), /wasm-unsafe-eval/);
    await context.close();
  });

  test("strict CSP: script-src 'self' 'wasm-unsafe-eval'; style-src 'self': styled tables, the worker from a file, no violation", async () => {
    // connect-src data: — the single-file glue fetches its own inlined module from a data: URL (nothing leaves)
    const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'self'; connect-src data:; base-uri 'none'";
    const { page, problems, context } = await hostPage('strict.html', host(csp, '<nianbao-checker worker-url="nianbao-worker.js" stylesheet="nianbao-web.css"></nianbao-checker><script src="nianbao-web.js"></script>'));
    const violations = [];
    page.on('console', (m) => { if (/Content Security Policy|Refused/i.test(m.text())) violations.push(m.text()); });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await load(page, exampleText);
    const look = await page.locator(`${EL} [data-cell="t3.r1.total"]`).evaluate((td) => ({ border: getComputedStyle(td).borderTopStyle, bg: getComputedStyle(td).backgroundColor }));
    assert.equal(look.border, 'solid', 'the core stylesheet applies');
    assert.notEqual(look.bg, 'rgba(0, 0, 0, 0)', 'the error cell is tinted');
    const lint = await page.locator(`${EL} .cm-lint-marker`).first().evaluate((m) => getComputedStyle(m).content);
    assert.doesNotMatch(lint, /data:/);
    await page.evaluate((t) => { document.querySelector('nianbao-checker').value = t; }, exampleText + '\n附注：大文本。'.repeat(6000));
    await waitResult(page, 'r => r && r.input && r.input.chars > 30000', EL, 240000);
    assert.ok(workers.some((u) => u.endsWith('/nianbao-worker.js')), `worker from the file (saw ${workers.join(', ')})`);
    assert.deepEqual(violations, []);
    assertClean(problems);
    await context.close();
  });

  test('phone width: 表三 scrolls sideways with a hint, 总计 reachable, labels keep their width', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url, viewport: { width: 390, height: 844 }, context: { isMobile: true, hasTouch: true } });
    await load(page, exampleText);
    assert.ok(await page.locator(`${EL} .nb-scroll-hint`).isVisible());
    const m = await page.locator(`${EL} table.nb-t3`).evaluate((t) => {
      const wrap = t.closest('.nb-table-wrap') || t.parentElement;
      // lines of the label's own text (the row may be taller for other cells' sake)
      const label = t.querySelector('th[data-row="t3.new"]');
      const range = document.createRange();
      range.selectNodeContents(label.firstChild);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      return { scroll: wrap.scrollWidth > wrap.clientWidth, overflow: getComputedStyle(wrap).overflowX, lines: tops.size, width: label.getBoundingClientRect().width };
    });
    assert.ok(m.scroll && /auto|scroll/.test(m.overflow), JSON.stringify(m));
    assert.ok(m.lines <= 2, `一、本年新收政府信息公开申请数量 wraps into ${m.lines} lines (every two characters before)`);
    const total = page.locator(`${EL} [data-cell="t3.r1.total"]`);
    await total.scrollIntoViewIfNeeded();
    assert.ok(await total.isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `page overflows by ${overflow}px`);
    assertClean(problems);
    await context.close();
  });

  test('axe-core: no violations, landmark rules included', async () => {
    const { page, problems, context } = await openPage(browser, url, { allowOrigin: url });
    await load(page, exampleText);
    await page.addScriptTag({ content: readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
    const res = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
    });
    assert.deepEqual(res, [], JSON.stringify(res, null, 1));
    assertClean(problems);
    await context.close();
  });

  const reports = [['seed', () => corpusText('seed-fengquan-2023.txt')], ['001', () => corpusText('reports/001.txt')], ['2019', () => fixtureText('clean-2019-tabs.txt')]];
  for (const [name, text] of reports) {
    for (const [w, h, tag] of [[1366, 900, 'desktop'], [390, 844, 'phone']]) {
      test(`screenshot: ${name} at ${tag} width`, { skip: name !== '2019' && !haveCorpus && 'no ../shared/corpus' }, async () => {
        const { page, problems, context } = await openPage(browser, url, { allowOrigin: url, viewport: { width: w, height: h }, context: tag === 'phone' ? { isMobile: true, hasTouch: true } : {} });
        const r = await load(page, text());
        assert.ok(r.report.tables.t3, `${name}: table 三 read`);
        await shot(page, `clerk-${name}-${tag}`);
        assertClean(problems);
        await context.close();
      });
    }
  }
});
