// Differential fuzzing: the native CLI and the WebAssembly package must give identical JSON on the same
// mutated inputs, not only on well-formed fixtures (issue 8). The fixtures are mutated with a seeded PRNG
// (byte flips, insertions and deletions, repeats, splices of two fixtures, tokens of fuzz/nianbao.dict), the
// native CLI checks all of them in one batch call, the package checks each with checkFile, and any
// difference fails the test with its input saved under build/diff-fuzz/ (replay: nianbao check FILE).
//   NIANBAO_DIFF_FUZZ_COUNT (default 600) inputs, NIANBAO_DIFF_FUZZ_SEED (default 8) for the PRNG: a run is
//   reproducible from its seed; CI runs the default in well under two minutes and prints its time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturesDir, mustRun, nativeCli, notBuilt, root } from './helpers.mjs';

const COUNT = Number(process.env.NIANBAO_DIFF_FUZZ_COUNT || 600);
const SEED = Number(process.env.NIANBAO_DIFF_FUZZ_SEED || 8);
const skip = notBuilt || mustRun(nativeCli ? false : 'build/nianbao is absent: build it with cmake first');

// mulberry32: small, seedable, the same on every machine.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The dictionary's tokens as bytes: kw="..." with \xNN escapes (and \\ and \").
function dictionary() {
  const tokens = [];
  for (const line of readFileSync(join(root, 'fuzz', 'nianbao.dict'), 'utf8').split('\n')) {
    const m = /^\w*="(.*)"\s*$/.exec(line);
    if (!m) continue;
    const bytes = [];
    for (let i = 0; i < m[1].length; i++) {
      const c = m[1][i];
      if (c === '\\' && m[1][i + 1] === 'x') {
        bytes.push(parseInt(m[1].slice(i + 2, i + 4), 16));
        i += 3;
      } else if (c === '\\') {
        bytes.push(m[1].charCodeAt(++i));
      } else {
        bytes.push(...Buffer.from(c));
      }
    }
    tokens.push(Buffer.from(bytes));
  }
  return tokens;
}

function mutate(input, others, tokens, rand) {
  const pick = (n) => Math.floor(rand() * n);
  let b = Buffer.from(input);
  const steps = 1 + pick(4);
  for (let s = 0; s < steps; s++) {
    const at = pick(b.length + 1);
    switch (pick(7)) {
      case 0: {  // flip bits of a byte
        if (b.length) b[Math.min(at, b.length - 1)] ^= 1 << pick(8);
        break;
      }
      case 1: {  // a random byte
        b = Buffer.concat([b.subarray(0, at), Buffer.from([pick(256)]), b.subarray(at)]);
        break;
      }
      case 2: {  // delete a stretch
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + pick(64)))]);
        break;
      }
      case 3: {  // repeat a stretch
        const piece = b.subarray(at, at + 1 + pick(200));
        b = Buffer.concat([b.subarray(0, at), piece, piece, b.subarray(at)]);
        break;
      }
      case 4: {  // splice: this input's start, another's end
        const o = others[pick(others.length)];
        b = Buffer.concat([b.subarray(0, at), o.subarray(pick(o.length + 1))]);
        break;
      }
      default: {  // a token of the format
        b = Buffer.concat([b.subarray(0, at), tokens[pick(tokens.length)], b.subarray(at)]);
      }
    }
  }
  return b;
}

test('differential fuzzing: native and WebAssembly agree on mutated inputs', { skip }, async (t) => {
  const started = Date.now();
  const fixtures = readdirSync(fixturesDir).filter((f) => /\.(txt|md|html)$/.test(f)).sort();
  const sources = fixtures.map((f) => ({ ext: /\.html$/.test(f) ? 'html' : 'txt', bytes: readFileSync(join(fixturesDir, f)) }));
  const tokens = dictionary();
  const rand = prng(SEED);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-diff-fuzz-'));
  const inputs = [];
  for (let i = 0; i < COUNT; i++) {
    const s = sources[i % sources.length];
    const bytes = mutate(s.bytes, sources.map((x) => x.bytes), tokens, rand);
    const file = join(dir, `m${String(i).padStart(4, '0')}.${s.ext}`);
    writeFileSync(file, bytes);
    inputs.push({ file, bytes });
  }
  try {
    // One native call for all inputs: a batch, unpaired, its results in the order given.
    const n = spawnSync(nativeCli, ['check', '--format', 'json', '--no-pair', '--no-summary', ...inputs.map((x) => x.file)], { maxBuffer: 1 << 30 });
    assert.ok(n.stdout.length > 0, `native exit ${n.status}: ${n.stderr}`);  // 2: some input refused as unreadable
    const expected = JSON.parse(n.stdout.toString('utf8'));
    assert.equal(expected.length, inputs.length);

    const { createChecker } = await import('nianbao');
    const checker = await createChecker();
    const differ = [];
    for (let i = 0; i < inputs.length; i++) {
      const got = JSON.stringify(await checker.checkFile(inputs[i].bytes, { name: inputs[i].file }));
      if (got !== JSON.stringify(expected[i])) differ.push(i);
    }
    if (differ.length) {
      const keep = join(root, 'build', 'diff-fuzz');
      mkdirSync(keep, { recursive: true });
      for (const i of differ) writeFileSync(join(keep, `seed${SEED}-${i}.${inputs[i].file.split('.').pop()}`), inputs[i].bytes);
      assert.fail(`${differ.length} of ${inputs.length} mutated inputs (seed ${SEED}) differ between native and WebAssembly; saved in ${keep}`);
    }
    t.diagnostic(`${inputs.length} mutated inputs (seed ${SEED}) agree; ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
