// Bad input never throws out of WebAssembly, and repeated calls do not grow memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { notBuilt, seedPath } from './helpers.mjs';

const seed = existsSync(seedPath)
  ? readFileSync(seedPath, 'utf8')
  : '某某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请3件。\n二、主动公开政府信息情况\n';

function rulesOf(r) {
  return r.diagnostics.map((d) => d.rule);
}

test('robustness', { skip: notBuilt }, async (t) => {
  const { createChecker } = await import('nianbao');
  const checker = await createChecker();

  await t.test('empty input', async () => {
    assert.deepEqual(rulesOf(checker.check('')), ['input-unreadable']);
    assert.deepEqual(rulesOf(checker.check('  \n\t ')), ['input-unreadable']);
    assert.deepEqual(rulesOf(await checker.checkFile(new Uint8Array(0), { name: 'empty.txt' })), ['input-unreadable']);
  });

  await t.test('binary input', async () => {
    const bytes = new Uint8Array(4096);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) { x = (x * 1103515245 + 12345) >>> 0; bytes[i] = x >>> 24; }
    const r = await checker.checkFile(bytes, { name: 'random.bin' });
    assert.deepEqual(rulesOf(r), ['input-unreadable']);
    assert.equal(r.summary.errors, 1);
    const nul = await checker.checkFile(new Uint8Array(1000), { name: 'zeros.txt' });
    assert.deepEqual(rulesOf(nul), ['input-unreadable']);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    assert.deepEqual(rulesOf(await checker.checkFile(png, { name: 'a.png' })), ['input-unreadable']);
    assert.deepEqual(rulesOf(await checker.checkFile(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), { name: 'a.docx' })), ['input-unreadable']);
  });

  await t.test('text that is no report', () => {
    assert.deepEqual(rulesOf(checker.check('hello world\n'.repeat(20))), ['input-unreadable']);
  });

  await t.test('20 MB is input-too-large, as string and as file', async () => {
    const big = 'a'.repeat(20 * 1024 * 1024);
    const r = checker.check(big, { name: 'big.txt' });
    assert.deepEqual(rulesOf(r), ['input-too-large']);
    const f = await checker.checkFile(new TextEncoder().encode(big), { name: 'big.txt' });
    assert.deepEqual(rulesOf(f), ['input-too-large']);
    // The checker still works afterwards.
    assert.deepEqual(checker.check(seed), checker.check(seed));
  });

  await t.test('500 checks without memory growth', async () => {
    const checker = await createChecker();  // fresh: no room left over from the 20 MB input
    for (let i = 0; i < 20; i++) checker.check(seed);
    const before = checker.memoryBytes();
    assert.ok(before > 0);
    const first = JSON.stringify(checker.check(seed));
    for (let i = 0; i < 500; i++) {
      const r = checker.check(seed, { lang: i % 2 ? 'en' : 'zh' });
      if (i % 100 === 0) checker.render(r);
    }
    assert.equal(JSON.stringify(checker.check(seed)), first);
    assert.equal(checker.memoryBytes(), before, 'WebAssembly memory grew over 500 checks');
  });
});

test('a trap in WebAssembly becomes a result, and the module is made anew', { skip: notBuilt }, async () => {
  const { createChecker } = await import('nianbao');
  let made = 0;
  let trap = false;
  // A stand-in for the Emscripten factory whose instance traps on demand.
  const moduleFactory = async () => {
    made++;
    return {
      check() {
        if (trap) throw new WebAssembly.RuntimeError('unreachable');
        return JSON.stringify({ file: 'ok', diagnostics: [], summary: { errors: 0 } });
      },
      isUtf8: () => true,
      lastError: () => '',
    };
  };
  const checker = await createChecker({ moduleFactory });
  assert.equal(checker.check('x').file, 'ok');
  trap = true;
  const r = checker.check('x', { name: 'a.txt', lang: 'en' });
  assert.deepEqual(rulesOf(r), ['input-unreadable']);
  assert.equal(r.file, 'a.txt');
  assert.match(r.diagnostics[0].message, /Internal error/);
  trap = false;
  const again = await checker.checkFile(new TextEncoder().encode('x'), { name: 'b.txt' });  // awaits the new instance
  assert.equal(again.file, 'ok');
  assert.equal(made, 2);
  // An argument error is the caller's: thrown as is, no new instance.
  const bad = await createChecker({ moduleFactory: async () => ({ check() { throw new TypeError('Cannot pass non-string'); } }) });
  assert.throws(() => bad.check('x'), TypeError);
});
