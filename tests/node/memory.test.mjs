// A portal page that checked one huge paste must not keep its WebAssembly memory (issue 8): memory
// grows with the largest input and WebAssembly never shrinks it, so above `releaseMemoryAbove` the
// checker replaces its instance (the module is compiled once) and memoryBytes() falls back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, notBuilt } from './helpers.mjs';

const report = readFileSync(join(fixturesDir, 'clean-2021-tabs.txt'), 'utf8');
const MiB = 1024 * 1024;
// A real report scaled to ~6 MiB: WebAssembly memory grows far past the 64 MiB limit set below.
const huge = report.repeat(Math.ceil((6 * MiB) / Buffer.byteLength(report)));

async function until(condition, ms) {
  const end = Date.now() + ms;
  while (!condition() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  return condition();
}

test('WebAssembly memory is given back after a large check', { skip: notBuilt }, async (t) => {
  const { createChecker } = await import('nianbao');
  const limit = 64 * MiB;
  const checker = await createChecker({ releaseMemoryAbove: limit });
  const expected = JSON.stringify(checker.check(report));
  const small = checker.memoryBytes();
  assert.ok(small > 0 && small <= limit, `a report fits under the limit (${small} bytes)`);

  await t.test('check(): the instance is replaced soon after, and still answers the same', async () => {
    const r = checker.check(huge);
    assert.equal(r.diagnostics.some((d) => /内部错误/.test(d.message)), false);
    assert.ok(await until(() => checker.memoryBytes() <= limit, 10000), `memory stayed at ${checker.memoryBytes()} bytes`);
    assert.equal(JSON.stringify(checker.check(report)), expected);
  });

  await t.test('checkFile(): memory is back when the promise resolves', async () => {
    await checker.checkFile(new TextEncoder().encode(huge), { name: 'huge.txt' });
    assert.ok(checker.memoryBytes() <= limit, `memory still ${checker.memoryBytes()} bytes`);
    assert.equal(JSON.stringify(checker.check(report)), expected);
  });

  await t.test('ordinary checks keep their instance (no replacement below the limit)', async () => {
    const before = checker.memoryBytes();
    for (let i = 0; i < 20; i++) checker.check(report);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(checker.memoryBytes(), before);
  });
});
