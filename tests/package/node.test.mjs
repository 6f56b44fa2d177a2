// The packed tarball installed into fresh Node projects: ES modules, CommonJS, every entry point, the
// worker-backed API, the `nianbao` command (every output format, every input kind, stdin, --version,
// --help, a folder as a batch), what the tarball holds, and arethetypeswrong + publint on it.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdtempSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { skip, packOnce, freshProject, run, node, bin, exampleText, root } from './support.mjs';

const ESM = `
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createChecker, createWorkerChecker, normalizeLang } from 'nianbao';
import * as single from 'nianbao/single';
import * as split from 'nianbao/split';
import { createChecker as bare } from 'nianbao/checker';
import coreFactory from 'nianbao/core';
import singleFactory from 'nianbao/core.single';
const text = readFileSync('example.txt', 'utf8');
const c = await createChecker();
const r = c.check(text, { name: 'example.txt' });
const key = JSON.stringify(r);
const same = async (p) => JSON.stringify((await p).check(text, { name: 'example.txt' })) === key;
const wasmPath = fileURLToPath(import.meta.resolve('nianbao/core.wasm'));
let asked = null;
const worker = await createWorkerChecker();
const out = {
  errors: r.summary.errors,
  tool: r.tool || null,
  single: await same(single.createChecker()),
  split: await same(split.createChecker()),
  bareSingle: await same(bare({ moduleFactory: singleFactory })),
  bareSplit: await same(bare({ moduleFactory: coreFactory, wasmBinary: readFileSync(wasmPath) })),
  wasmUrl: await same(createChecker({ wasmUrl: pathToFileURL(wasmPath) })),
  locateFile: await same(createChecker({ locateFile: (f, dir) => { asked = f; return dir + f; } })),
  asked,
  missing: await createChecker({ wasmUrl: '/nowhere/nianbao-core.wasm' }).then(() => 'loaded', (e) => e.message),
  langTag: JSON.stringify(c.check(text, { lang: 'en-US' })) === JSON.stringify(c.check(text, { lang: 'en' })),
  zhHans: normalizeLang('zh-Hans-CN'),
  fr: (() => { try { c.check(text, { lang: 'fr' }); return 'accepted'; } catch (e) { return e.name; } })(),
  worker: JSON.stringify(await worker.check(text, { name: 'example.txt' })) === key,
  workerRender: (await worker.render(r, { fragment: true })) === c.render(r, { fragment: true }),
  workerError: await worker.check(42).then(() => 'accepted', (e) => e.name),
};
worker.terminate();
console.log(JSON.stringify(out));
`;

const CJS = `
const { readFileSync } = require('node:fs');
const nianbao = require('nianbao');
const checkerOnly = require('nianbao/checker');
const core = require('nianbao/core');
(async () => {
  const text = readFileSync('example.txt', 'utf8');
  const c = await nianbao.createChecker();
  const viaImport = await (await import('nianbao')).createChecker();
  const bare = await checkerOnly.createChecker({ moduleFactory: core.default, wasmBinary: readFileSync(require.resolve('nianbao/core.wasm')) });
  const r = c.check(text);
  console.log(JSON.stringify({
    errors: r.summary.errors,
    viaImport: JSON.stringify(viaImport.check(text)) === JSON.stringify(r),
    bare: JSON.stringify(bare.check(text)) === JSON.stringify(r),
  }));
})();
`;

function docx(paragraphs) {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}

describe('the tarball in a fresh Node project', { skip }, () => {
  let dir;
  before(() => {
    dir = freshProject('node', { 'esm.mjs': ESM, 'cjs.cjs': CJS, 'example.txt': exampleText });
    writeFileSync(join(dir, 'example.docx'), docx(exampleText.split('\n')));
    writeFileSync(join(dir, 'example.html'), `<!doctype html><meta charset="utf-8"><body>${exampleText.split('\n').map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</body>`);
  });

  test('ES modules: every entry point gives the same result; the .wasm is found, or the failure names it', () => {
    const r = node(['esm.mjs'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no warning on stderr');
    const out = JSON.parse(r.stdout);
    assert.ok(out.errors > 0, 'the example report has errors');
    for (const k of ['single', 'split', 'bareSingle', 'bareSplit', 'wasmUrl', 'locateFile', 'langTag', 'worker', 'workerRender']) assert.equal(out[k], true, k);
    assert.equal(out.asked, 'nianbao-core.wasm');
    assert.match(out.missing, /\/nowhere\/nianbao-core\.wasm/);
    assert.equal(out.zhHans, 'zh');
    assert.equal(out.fr, 'RangeError');
    assert.equal(out.workerError, 'TypeError');
  });

  test('CommonJS: require(\'nianbao\') (Node >= 20.19) and import() from CommonJS', () => {
    const r = node(['cjs.cjs'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no warning on stderr');
    const out = JSON.parse(r.stdout);
    assert.ok(out.errors > 0);
    assert.equal(out.viaImport, true);
    assert.equal(out.bare, true);
  });

  test('npx nianbao: --version and --help exit 0; check in every format, every input kind and stdin', () => {
    const npx = (args, input) => run('npx', ['--no', '--', 'nianbao', ...args], { cwd: dir, input });
    const v = npx(['--version']);
    assert.equal(v.status, 0, v.stderr);
    const pkg = JSON.parse(readFileSync(join(dir, 'node_modules', 'nianbao', 'package.json'), 'utf8'));
    assert.match(v.stdout, new RegExp(`^nianbao ${pkg.version.replace(/\./g, '\\.')} `));
    const h = npx(['--help']);
    assert.equal(h.status, 0);
    assert.match(h.stdout, /nianbao check/);
    assert.equal(npx(['check', '--bogus', 'example.txt']).status, 2);

    const json = npx(['check', '--format', 'json', 'example.txt']);
    assert.equal(json.status, 1, 'errors found: exit 1');
    const [result] = JSON.parse(json.stdout);
    assert.ok(result.summary.errors > 0);
    const text = npx(['check', '--lang', 'en-US', 'example.txt']);
    assert.equal(text.status, 1);
    assert.match(text.stdout, /error/);
    const csv = npx(['check', '--format', 'csv', 'example.txt']);
    // the 整改清单 schema of docs/csv.md: Chinese headers by default, English with --lang en, one row per finding
    assert.match(csv.stdout.split('\r\n')[0], /^序号,文件,单位,年度,严重程度,位置,问题,应为,实为,建议修改,规则,单元格,行,列/);
    assert.equal(csv.stdout.trim().split('\r\n').length - 1, result.diagnostics.length);
    const csvEn = npx(['check', '--format', 'csv', '--lang', 'en', 'example.txt']);
    assert.match(csvEn.stdout.split('\r\n')[0], /^No\.,File,Agency,Year,Severity,Place,Problem,Expected,Found,Fix,Rule,Cell,Line,Column/);
    const sarif = JSON.parse(npx(['check', '--format', 'sarif', 'example.txt']).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, result.diagnostics.length);

    const stdin = npx(['check', '--format', 'json', '-'], exampleText);
    assert.equal(stdin.status, 1);
    const [fromStdin] = JSON.parse(stdin.stdout);
    assert.equal(fromStdin.file, 'stdin');
    assert.deepEqual(fromStdin.diagnostics.map((d) => d.rule), result.diagnostics.map((d) => d.rule));
    for (const f of ['example.html', 'example.docx']) {
      const r = npx(['check', '--format', 'json', f]);
      assert.equal(r.status, 1, `${f}: ${r.stderr}`);
      const [res] = JSON.parse(r.stdout);
      assert.equal(res.input.kind, f.endsWith('.docx') ? 'docx' : 'html');
      assert.ok(res.summary.errors > 0, f);
    }
    // a folder is a batch: two years of one body paired, a file that is no report, worker threads (-j 2)
    mkdirSync(join(dir, 'reports', 'east'), { recursive: true });
    const agency = exampleText.match(/^(.+?)\d{4}年/m)[1];
    writeFileSync(join(dir, 'reports', 'east', '2022.txt'), exampleText.replaceAll('2024', '@@').replaceAll('2023', '2022').replaceAll('@@', '2023'));
    writeFileSync(join(dir, 'reports', 'east', '2023.txt'), exampleText);
    writeFileSync(join(dir, 'reports', 'notes.txt'), '会议纪要\n');
    const batch = npx(['check', '--format', 'json', '-j', '2', 'reports']);
    assert.equal(batch.status, 2, 'a file that is no report: exit 2');
    const results = JSON.parse(batch.stdout);
    assert.deepEqual(results.map((r) => r.file), ['reports/east/2022.txt', 'reports/east/2023.txt', 'reports/notes.txt']);
    assert.equal(results[1].report.agency, agency);
    assert.equal(results[1].previous.file, 'reports/east/2022.txt');
    assert.ok(results[1].diagnostics.some((d) => d.rule === 'prev-identical-tables'));
    assert.match(batch.stderr, /nianbao: reports\/notes\.txt: /);
    assert.match(batch.stderr, /== 批量检查汇总 ==\n文件 3 个：已检查 2 个，无法读取 1 个；与上一年度报告对照 1 个/);
    const html = npx(['render', 'example.txt']);
    assert.match(html.stdout, /^<!DOCTYPE html>/i);
    assert.ok(JSON.parse(npx(['extract', 'example.txt']).stdout).tables);
    assert.ok(JSON.parse(npx(['rules']).stdout).length > 10);
  });
});

describe('what the tarball holds', { skip }, () => {
  test('each build of the core once; the npm README, contract, changelog and notices; no page artefacts', () => {
    const tgz = packOnce();
    const x = mkdtempSync(join(tmpdir(), 'nianbao-tgz-'));
    assert.equal(run('tar', ['xzf', tgz, '-C', x]).status, 0);
    const pkg = join(x, 'package');
    const files = [];
    const walk = (d, rel = '') => readdirSync(join(d, rel), { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(d, join(rel, e.name)) : files.push(join(rel, e.name))));
    walk(pkg);
    assert.deepEqual(files.filter((f) => f.endsWith('.wasm')), ['dist/nianbao-core.wasm']);
    // The WebAssembly inlined as base64 ("\0asm" is AGFzbQ): the single build and the classic script (the
    // element may carry its own copy, plain or deflated, but only one); nowhere else.
    const inlined = files.filter((f) => /\.(m?js|cjs)$/.test(f) && readFileSync(join(pkg, f), 'latin1').includes('base64,AGFzbQ')).sort();
    assert.deepEqual(inlined.filter((f) => f !== 'dist/web/nianbao-web.js'), ['dist/nianbao-core.single.mjs', 'dist/nianbao.js']);
    for (const f of inlined) {
      assert.equal(readFileSync(join(pkg, f), 'latin1').split('base64,AGFzbQ').length - 1, 1, `${f} holds one copy`);
    }
    assert.ok(!files.includes('dist/nianbao.html'), 'the offline page is not part of the package');
    assert.ok(files.includes('dist/web/nianbao-web.js'), 'the element');
    assert.deepEqual(files.filter((f) => f.startsWith('dist/web/') && !/\.(js|css)$/.test(f)), [], 'no page artefacts (html, example)');
    const readme = readFileSync(join(pkg, 'README.md'), 'utf8');
    assert.equal(readme, readFileSync(join(root, 'js', 'README.md'), 'utf8'), 'the npm README is js/README.md');
    // the contract and everything it links to (CSV schema, batch, review marks, runs, the rule pages, the element)
    for (const f of ['docs/output.md', 'docs/package.md', 'docs/csv.md', 'docs/batch.md', 'docs/review-marks.md', 'docs/runs.md', 'docs/render-contract.md', 'docs/rules/t3-row-total.md', 'web/README.md', 'CHANGELOG.md', 'LICENSE', 'THIRD_PARTY_NOTICES.md']) assert.ok(files.includes(f), f);
    const notices = readFileSync(join(pkg, 'THIRD_PARTY_NOTICES.md'), 'utf8');
    for (const name of ['fflate', '@codemirror/view', '@lezer/common', 'nlohmann/json']) assert.match(notices, new RegExp(`### ${name.replace('/', '\\/')}`), name);
    const meta = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8'));
    assert.equal(meta.scripts, undefined);
    assert.equal(meta.devDependencies, undefined);
    assert.equal(meta.engines.node, '>=20.19');
    for (const k of ['repository', 'homepage', 'bugs', 'keywords', 'sideEffects', 'types']) assert.ok(meta[k], k);
    console.log(`# tarball: ${files.length} files, ${Math.round(readFileSync(tgz).length / 1024)} KiB packed`);
  });

  test('arethetypeswrong and publint find no problem', () => {
    const tgz = packOnce();
    // core.wasm is a binary asset (for bundlers' URL handling), not a module: nothing to type.
    const attw = node([bin('@arethetypeswrong/cli', 'dist/index.js'), tgz, '--exclude-entrypoints', 'core.wasm', '--format', 'json']);
    assert.equal(attw.status, 0, attw.stdout.slice(0, 4000) + attw.stderr);
    assert.deepEqual(JSON.parse(attw.stdout).analysis.problems, []);
    const x = mkdtempSync(join(tmpdir(), 'nianbao-publint-'));
    run('tar', ['xzf', tgz, '-C', x]);
    const publint = node([bin('publint', 'src/cli.js'), join(x, 'package'), '--strict']);
    assert.equal(publint.status, 0, publint.stdout + publint.stderr);
    assert.match(publint.stdout, /All good/);
  });

  test('prepack refuses a stale dist/', () => {
    const stamp = join(root, 'dist', 'build-stamp.json');
    const saved = readFileSync(stamp, 'utf8');
    try {
      const s = JSON.parse(saved);
      s.sources.js = 'something-else';
      writeFileSync(stamp, JSON.stringify(s));
      const r = node([join(root, 'scripts', 'check-dist.mjs')]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /stale.*js.*npm run build/);
    } finally {
      writeFileSync(stamp, saved);
    }
    assert.equal(node([join(root, 'scripts', 'check-dist.mjs')]).status, 0);
  });
});
