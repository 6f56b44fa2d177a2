// Shared helpers of the browser tests: Chromium via playwright-core, a network guard, console-error capture.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../../scripts/serve.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// NIANBAO_WEB_DIST lets the page be tested against another build (e.g. build-web-mock); default dist/.
export const distDir = join(root, process.env.NIANBAO_WEB_DIST || 'dist');
export const webDir = join(distDir, 'web');
export const singleFile = join(distDir, 'nianbao.html');
export const singleFileUrl = pathToFileURL(singleFile).href;
export const shotsDir = join(root, 'test-results', 'screenshots');
export const exampleText = readFileSync(join(root, 'web', 'example-report.txt'), 'utf8');
export const built = existsSync(join(webDir, 'index.html')) && existsSync(singleFile);
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
export const haveChromium = existsSync(chromiumPath);
// CI (scripts/test.sh sets NIANBAO_NO_SKIP=1) must never pass by skipping: a missing build or browser fails there.
function mustRun(reason) {
  if (reason && process.env.NIANBAO_NO_SKIP) throw new Error(`NIANBAO_NO_SKIP: ${reason}`);
  return reason;
}
export const skipReason = mustRun(!haveChromium ? `no Chromium at ${chromiumPath}` : !built ? 'page not built: run `npm run build` first' : false);

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

let serverPromise = null;
export function server() {
  if (!serverPromise) serverPromise = startServer(webDir, 0);
  return serverPromise;
}

/** A page that records console errors, page errors and every request outside file:, data:, blob: and the test server. */
// init: a script run in the page before its own (e.g. to take away an API an older browser lacks).
export async function openPage(browser, url, { viewport = { width: 1366, height: 768 }, allowOrigin = null, context: ctxOpts = {}, init = null } = {}) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN', ...ctxOpts });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const problems = { console: [], network: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.console.push(String(e)));
  page.on('request', (req) => {
    const u = req.url();
    if (/^(file|data|blob):/.test(u)) return;
    if (allowOrigin && u.startsWith(allowOrigin)) return;
    problems.network.push(u);
  });
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('nianbao-checker') && document.querySelector('nianbao-checker').shadowRoot);
  return { context, page, problems };
}

/** Waits until the element is idle and has a result (or none for empty input). */
export async function settled(page, sel = 'nianbao-checker') {
  await page.waitForFunction((s) => { const el = document.querySelector(s); return el && !el.hasAttribute('busy'); }, sel);
  await page.waitForTimeout(50);
  await page.waitForFunction((s) => !document.querySelector(s).hasAttribute('busy'), sel);
}

export async function shot(page, name) {
  mkdirSync(shotsDir, { recursive: true });
  const path = join(shotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
