// dist/nianbao.js, the classic script of the offline page, run as a browser would: no Node globals,
// no module system; it must define globalThis.nianbao and give the same results as the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { dist, notBuilt, seedPath } from './helpers.mjs';

const seed = existsSync(seedPath)
  ? readFileSync(seedPath, 'utf8')
  : '某某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请3件。\n';

test('classic script dist/nianbao.js in a browser-like context', { skip: notBuilt }, async () => {
  const code = readFileSync(join(dist, 'nianbao.js'), 'utf8');
  const context = vm.createContext({ TextDecoder, OuterTextEncoder: TextEncoder, atob, console, setTimeout, clearTimeout });
  context.window = context;
  context.self = context;
  // A browser has one realm: make TextEncoder hand out this context's Uint8Array, as a page's would.
  vm.runInContext('class TextEncoder { encode(s) { return new Uint8Array(new OuterTextEncoder().encode(s)); } }; this.TextEncoder = TextEncoder;', context);
  vm.runInContext(code, context, { filename: 'nianbao.js' });
  assert.equal(typeof context.nianbao.createChecker, 'function');
  const inPage = await context.nianbao.createChecker();
  const fromPage = JSON.parse(JSON.stringify(inPage.check(seed, { name: 'seed.txt' })));

  const { createChecker } = await import('nianbao');
  const checker = await createChecker();
  assert.deepEqual(fromPage, checker.check(seed, { name: 'seed.txt' }));
  assert.equal(inPage.rules().length, checker.rules().length);
});

test('the ES-module single-file glue exports the factory', { skip: notBuilt }, () => {
  const text = readFileSync(join(dist, 'nianbao-core.single.mjs'), 'utf8');
  assert.match(text, /\nexport default createNianbaoModule;\n$/);
  assert.doesNotMatch(readFileSync(join(dist, 'browser.mjs'), 'utf8'), /node:/);
  assert.doesNotMatch(readFileSync(join(dist, 'checker.mjs'), 'utf8'), /node:|require\(/);
});
