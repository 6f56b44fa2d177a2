// The JavaScript API of OUTPUT.md over the WebAssembly build (import by the package's own name).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { notBuilt, seedPath } from './helpers.mjs';

const SAMPLE = `某某区人民政府2023年政府信息公开工作年度报告
一、总体情况
本年度共收到申请3件。
二、主动公开政府信息情况
三、收到和处理政府信息公开申请情况
`;
const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : SAMPLE;

function assertResultShape(r) {
  assert.equal(typeof r, 'object');
  assert.equal(typeof r.file, 'string');
  assert.equal(typeof r.input, 'object');
  assert.equal(typeof r.input.kind, 'string');
  assert.equal(typeof r.input.encoding, 'string');
  assert.equal(typeof r.input.chars, 'number');
  assert.ok(Array.isArray(r.diagnostics));
  for (const d of r.diagnostics) {
    assert.equal(typeof d.rule, 'string');
    assert.ok(['error', 'warning', 'info'].includes(d.severity), d.severity);
    assert.equal(typeof d.message, 'string');
  }
  for (const k of ['errors', 'warnings', 'infos', 'checks_run', 'not_assessable']) assert.equal(typeof r.summary[k], 'number', k);
}

test('API', { skip: notBuilt }, async (t) => {
  const nianbao = await import('nianbao');
  const checker = await nianbao.createChecker();

  await t.test('createChecker returns the documented functions', () => {
    for (const f of ['check', 'render', 'checkFile', 'rules', 'format', 'extract', 'extractFile', 'version', 'memoryBytes']) {
      assert.equal(typeof checker[f], 'function', f);
    }
    assert.ok(Object.isFrozen(checker));
    assert.match(checker.version(), /^\d+\.\d+\.\d+/);
  });

  await t.test('check returns plain data of the result shape', () => {
    const r = checker.check(seed, { name: 'seed.txt' });
    assertResultShape(r);
    assert.equal(r.file, 'seed.txt');
    assert.equal(r.input.encoding, 'utf-8');
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  });

  await t.test('lang selects the language of messages', () => {
    const zh = checker.check('', { lang: 'zh' });
    const en = checker.check('', { lang: 'en' });
    assert.equal(zh.diagnostics[0].rule, 'input-unreadable');
    assert.match(zh.diagnostics[0].message, /[\u4e00-\u9fff]/);
    assert.doesNotMatch(en.diagnostics[0].message, /[\u4e00-\u9fff]/);
    assert.throws(() => checker.check('x', { lang: 'fr' }), RangeError);
    assert.throws(() => checker.check('x', { kind: 'pdf' }), RangeError);
    assert.throws(() => checker.check(42), TypeError);
  });

  await t.test('kind html and .html names take the HTML reader', () => {
    const html = '<html><body><h1>某区2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>';
    assert.equal(checker.check(html, { kind: 'html' }).input.kind, 'html');
    assert.equal(checker.check(html, { name: 'a.html' }).input.kind, 'html');
  });

  await t.test('check gives the same answer every time', () => {
    assert.deepEqual(checker.check(seed), checker.check(seed));
  });

  await t.test('lone surrogates in a JS string do not break the call', () => {
    const r = checker.check(seed + '\ud800 tail');
    assertResultShape(r);
  });

  await t.test('extract reads without running rules', () => {
    const r = checker.extract(seed, { name: 'seed.txt' });
    assertResultShape(r);
    assert.equal(r.summary.checks_run, 0);
    assert.equal(typeof r.report, 'object');
  });

  await t.test('rules() is the catalogue', () => {
    const rules = checker.rules();
    assert.ok(Array.isArray(rules));
    assert.ok(rules.length > 0);
    for (const r of rules) {
      assert.equal(typeof r.id, 'string');
      assert.ok(['error', 'warning', 'info'].includes(r.severity), r.id);
      assert.equal(typeof r.title.zh, 'string');
      assert.equal(typeof r.title.en, 'string');
    }
    rules[0].id = 'changed';
    assert.notEqual(checker.rules()[0].id, 'changed', 'each call returns fresh data');
  });

  await t.test('render gives HTML, whole or fragment', () => {
    const r = checker.check(seed);
    const page = checker.render(r);
    assert.match(page, /<html/i);
    const frag = checker.render(r, { fragment: true, lang: 'en' });
    assert.doesNotMatch(frag, /<html/i);
    assert.ok(frag.length > 0);
  });

  await t.test('render escapes report text', () => {
    const r = checker.check('<script>alert(1)</script>某区2023年政府信息公开工作年度报告\n一、总体情况\n', { kind: 'text' });
    assert.doesNotMatch(checker.render(r), /<script>alert/);
  });

  await t.test('render of something that is not a result throws a JS Error, and the checker goes on', () => {
    assert.throws(() => checker.render(undefined), TypeError);
    assert.throws(() => checker.format('x', 'csv'), TypeError);
    assertResultShape(checker.check(seed));
  });

  await t.test('format: text, csv, sarif, json', () => {
    const r = checker.check(seed, { name: 'seed.txt' });
    assert.equal(typeof checker.format(r, 'text'), 'string');
    const csv = checker.format([r], 'csv');
    assert.equal(csv, checker.format(r, 'csv'));
    const sarif = JSON.parse(checker.format([r], 'sarif'));
    assert.equal(sarif.version, '2.1.0');
    assert.deepEqual(JSON.parse(checker.format([r], 'json')), [r]);
    assert.throws(() => checker.format([r], 'xml'), RangeError);
  });

  await t.test('the binding itself: C++ failures come back as values, never as exceptions', async () => {
    const { dist } = await import('./helpers.mjs');
    const factory = (await import('nianbao/core')).default;
    const mod = await factory({ wasmBinary: readFileSync(`${dist}/nianbao-core.wasm`) });
    assert.equal(mod.render('not json', 'zh', false), '');
    assert.match(mod.lastError(), /parse/);
    assert.equal(mod.renderFormat('[]', 'xml', 'zh'), '');
    assert.match(mod.lastError(), /unknown format/);
    assert.equal(typeof mod.renderFormat('[]', 'csv', 'zh'), 'string');
    assert.equal(mod.lastError(), '');
    const view = mod.check(seed, '{not json');  // bad options: defaults
    assert.ok(view instanceof Uint8Array, 'a result leaves as a view of its UTF-8, decoded by the wrapper');
    const r = JSON.parse(new TextDecoder().decode(view));
    assertResultShape(r);
    assert.equal(mod.isUtf8(new Uint8Array([0xe4, 0xb8, 0xad])), true);
    assert.equal(mod.isUtf8(new Uint8Array([0xd6, 0xd0])), false);
    assert.equal(mod.maxInputBytes, 16 * 1024 * 1024);
  });

  await t.test('the single-file build gives the same results', async () => {
    const single = await (await import('nianbao/single')).createChecker();
    assert.deepEqual(single.check(seed, { name: 'x' }), checker.check(seed, { name: 'x' }));
  });

  await t.test('wasmBinary and locateFile are honoured', async () => {
    const { dist } = await import('./helpers.mjs');
    const wasmBinary = readFileSync(`${dist}/nianbao-core.wasm`);
    const a = await nianbao.createChecker({ wasmBinary });
    assert.deepEqual(a.check(seed), checker.check(seed));
    let asked = null;
    const b = await nianbao.createChecker({ locateFile: (f) => { asked = f; return `${dist}/${f}`; } });
    assert.equal(asked, 'nianbao-core.wasm');
    assert.deepEqual(b.check(seed), checker.check(seed));
  });
});
