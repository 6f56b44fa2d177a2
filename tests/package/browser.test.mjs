// The tarball bundled as integrators do and loaded in Chromium: esbuild (`--bundle --platform=browser`,
// nothing configured) and Vite (`vite build`, nothing configured: the split .wasm and the worker are
// picked up by the bundler), under the strict Content-Security-Policy
//   script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// and the custom element imported through `nianbao/element` by a bundler.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { skip as packSkip, freshProject, node, run, bin, root, exampleText } from './support.mjs';
import { launch, haveChromium, chromiumPath } from '../web/support/browser.mjs';
import { startServer } from '../../scripts/serve.mjs';

const skip = packSkip || (!haveChromium && `no Chromium at ${chromiumPath}`);
// The esbuild command as installed (a native binary or its JS launcher, depending on the platform).
const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
const CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const page = (script, { csp = true, module = false } = {}) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : ''}
<title>portal</title></head>
<body><div id="report"></div><script ${module ? 'type="module" ' : ''}src="${script}"></script></body></html>
`;

// The bare package API: check, render into the page, and (where asked) the split build and the worker.
const app = (extra) => `
import { createChecker, createWorkerChecker } from 'nianbao';
${extra.includes('split') ? "import { createChecker as createSplit } from 'nianbao/split';" : ''}
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective + ' ' + e.blockedURI));
(async () => {
  try {
    const text = await (await fetch('example.txt')).text();
    const checker = await createChecker();
    const result = checker.check(text, { lang: document.documentElement.lang });
    document.getElementById('report').innerHTML = checker.render(result, { fragment: true });
    const out = { errors: result.summary.errors, cells: document.querySelectorAll('#report [data-cell]').length, key: JSON.stringify(result) };
    ${extra.includes('split') ? 'out.split = JSON.stringify((await createSplit()).check(text, { lang: "zh-CN" })) === out.key;' : ''}
    ${extra.includes('split') ? 'out.missing = await createSplit({ wasmUrl: "/nowhere/nianbao-core.wasm" }).then(() => "loaded", (e) => e.message);' : ''}
    ${extra.includes('worker') ? 'const w = await createWorkerChecker(); out.worker = JSON.stringify(await w.check(text, { lang: "zh-CN" })) === out.key; w.terminate();' : ''}
    ${extra.includes('classic-worker') ? 'const cw = await createWorkerChecker({ workerUrl: "worker.js", workerType: "classic" }); out.classicWorker = JSON.stringify(await cw.check(text, { lang: "zh-CN" })) === out.key; cw.terminate();' : ''}
    out.violations = violations;
    window.__result = out;
  } catch (e) {
    window.__result = { error: String(e && e.stack || e), violations };
  }
})();
`;

const ELEMENT = `
import 'nianbao/element';
const el = document.createElement('nianbao-checker');
el.addEventListener('nianbao-result', (e) => { if (e.detail) window.__result = { errors: e.detail.summary.errors }; });
document.body.append(el);
fetch('example.txt').then((r) => r.text()).then((t) => { el.value = t; });
`;

describe('bundled into a browser app', { skip }, () => {
  let dir, browser;
  before(async () => {
    dir = freshProject('browser', {
      'src/esbuild-main.js': app(['classic-worker']),
      'src/element-main.js': ELEMENT,
      'src/vite-main.js': app(['split', 'worker']),
      'index.html': page('/src/vite-main.js', { module: true }),
      'public/example.txt': exampleText,
    });
    browser = await launch();
  });
  after(async () => { await browser?.close(); });

  async function load(outDir, file) {
    const { server, url } = await startServer(outDir, 0);
    const context = await browser.newContext();
    const p = await context.newPage();
    const errors = [];
    const offsite = [];
    p.on('pageerror', (e) => errors.push(String(e)));
    p.on('request', (r) => { if (!r.url().startsWith(url) && !/^(data|blob):/.test(r.url())) offsite.push(r.url()); });
    try {
      await p.goto(url + file);
      await p.waitForFunction(() => window.__result, null, { timeout: 120000 });
      return { result: await p.evaluate(() => window.__result), errors, offsite };
    } finally {
      await context.close();
      server.close();
    }
  }

  test('esbuild --bundle --platform=browser, nothing configured: checks and renders under the strict CSP; the classic worker', async () => {
    const out = join(dir, 'out-esbuild');
    const r = run(esbuild, ['src/esbuild-main.js', '--bundle', '--platform=browser', `--outfile=${join(out, 'main.js')}`], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /Could not resolve/);
    writeFileSync(join(out, 'index.html'), page('main.js'));
    writeFileSync(join(out, 'example.txt'), exampleText);
    // The classic worker for browsers without module workers: dist/worker.js beside dist/nianbao.js.
    for (const f of ['worker.js', 'nianbao.js']) copyFileSync(join(dir, 'node_modules', 'nianbao', 'dist', f), join(out, f));
    const { result, errors, offsite } = await load(out, 'index.html');
    assert.equal(result.error, undefined, result.error);
    assert.equal(result.classicWorker, true, 'classic worker: same result');
    assert.ok(result.errors > 0, 'the example report has errors');
    assert.ok(result.cells > 50, `the tables were rendered (${result.cells} cells)`);
    assert.deepEqual(result.violations.filter((v) => !v.startsWith('style-src')), [], 'no script or worker blocked by the CSP');
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  });

  test('vite build, nothing configured: single, split (.wasm emitted) and worker under the strict CSP', async () => {
    const r = node([bin('vite', 'bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: dir });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const assets = readdirSync(join(dir, 'dist', 'assets'));
    assert.ok(assets.some((f) => f.endsWith('.wasm')), `the split build's .wasm is emitted (${assets.join(', ')})`);
    const { result, errors, offsite } = await load(join(dir, 'dist'), 'index.html');
    assert.equal(result.error, undefined, result.error);
    assert.ok(result.errors > 0);
    assert.ok(result.cells > 50);
    assert.equal(result.split, true, 'split build: same result');
    assert.match(result.missing, /http:\/\/127\.0\.0\.1:\d+\/nowhere\/nianbao-core\.wasm: HTTP 404/, 'the failure names the URL');
    assert.equal(result.worker, true, 'worker: same result');
    assert.deepEqual(result.violations.filter((v) => !v.startsWith('style-src')), []);
    assert.deepEqual(errors, []);
    assert.deepEqual(offsite, []);
  });

  test('webpack and Rollup (with the node-resolve plugin every Rollup app has), nothing else configured: check and render under the strict CSP; webpack also bundles the split build and emits its .wasm', async () => {
    writeFileSync(join(dir, 'src', 'rollup-main.js'), app([]));
    writeFileSync(join(dir, 'src', 'webpack-main.js'), app(['split']));
    const resolvePlugin = pathToFileURL(bin('@rollup/plugin-node-resolve', 'dist/es/index.js')).href;
    writeFileSync(join(dir, 'rollup.config.mjs'), `import { nodeResolve } from '${resolvePlugin}';
export default { input: 'src/rollup-main.js', output: { dir: 'out-rollup', format: 'es', entryFileNames: 'main.js' }, plugins: [nodeResolve({ browser: true })] };
`);
    const rollup = node([bin('rollup', 'dist/bin/rollup'), '-c', 'rollup.config.mjs'], { cwd: dir });
    assert.equal(rollup.status, 0, rollup.stdout + rollup.stderr);
    const webpackOut = join(dir, 'out-webpack');
    const webpack = node([bin('webpack-cli', 'bin/cli.js'), '--mode', 'production', '--entry', './src/webpack-main.js', '--output-path', webpackOut, '--target', 'web'], { cwd: dir });
    assert.equal(webpack.status, 0, webpack.stdout + webpack.stderr);
    assert.ok(readdirSync(webpackOut).some((f) => f.endsWith('.wasm')), "webpack emits the split build's .wasm");
    for (const out of [join(dir, 'out-rollup'), webpackOut]) {
      writeFileSync(join(out, 'index.html'), page('main.js', { module: true }));
      writeFileSync(join(out, 'example.txt'), exampleText);
      const { result, errors, offsite } = await load(out, 'index.html');
      assert.equal(result.error, undefined, result.error);
      assert.ok(result.errors > 0, 'the example report has errors');
      assert.ok(result.cells > 50, `the tables were rendered (${result.cells} cells)`);
      if (out === webpackOut) assert.equal(result.split, true, 'split build: same result');
      assert.deepEqual(result.violations.filter((v) => !v.startsWith('style-src')), [], 'no script blocked by the CSP');
      assert.deepEqual(errors, []);
      assert.deepEqual(offsite, []);
    }
  });

  test('the custom element imported by a bundler (nianbao/element)', async () => {
    const out = join(dir, 'out-element');
    const r = run(esbuild, ['src/element-main.js', '--bundle', '--platform=browser', `--outfile=${join(out, 'main.js')}`], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    writeFileSync(join(out, 'index.html'), page('main.js', { csp: false }));
    writeFileSync(join(out, 'example.txt'), exampleText);
    const { result, errors } = await load(out, 'index.html');
    assert.ok(result.errors > 0, JSON.stringify(result));
    assert.deepEqual(errors, []);
  });
});
