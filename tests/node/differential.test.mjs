// One truth: the native CLI and the WebAssembly build give byte-identical output for identical input,
// for every fixture in tests/fixtures/ and every corpus report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { dist, inputFiles, mustRun, nativeCli, notBuilt, root } from './helpers.mjs';

const files = inputFiles();
const cliJs = join(dist, 'cli.mjs');
const skip = notBuilt ||
  mustRun(nativeCli ? false : 'build/nianbao is absent: build it with `cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j2`') ||
  mustRun(files.length ? false : 'no fixtures and no corpus found');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString() };
}

// Equal, or a short message showing where the two first differ (results are long).
function same(actual, expected, label) {
  const a = Buffer.isBuffer(actual) ? actual.toString('utf8') : actual;
  const e = Buffer.isBuffer(expected) ? expected.toString('utf8') : expected;
  if (a === e) return;
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const from = Math.max(0, i - 120);
  assert.fail(`${label}: WebAssembly and native differ at character ${i} (lengths ${a.length} / ${e.length})\n` +
    `  wasm:   …${a.slice(from, i + 120)}…\n  native: …${e.slice(from, i + 120)}…`);
}

const native = (args) => run(nativeCli, args);
const wasm = (args) => run(process.execPath, [cliJs, ...args]);

test('native CLI and WebAssembly agree', { skip }, async (t) => {
  t.diagnostic(`native CLI: ${nativeCli}; ${files.length} input files`);
  const { createChecker } = await import('nianbao');
  const checker = await createChecker();

  for (const file of files) {
    const rel = relative(root, file);
    await t.test(rel, async () => {
      const n = native(['check', '--format', 'json', rel]);
      assert.ok(n.status === 0 || n.status === 1, `native exit ${n.status}: ${n.stderr}`);
      const [expected] = JSON.parse(n.stdout.toString('utf8'));

      // The API: checkFile on the same bytes under the same name.
      const r = await checker.checkFile(readFileSync(file), { name: rel });
      same(JSON.stringify(r), JSON.stringify(expected), 'checkFile vs native JSON');

      // The Node CLI: the same bytes on stdout and the same exit status.
      const w = wasm(['check', '--format', 'json', rel]);
      assert.equal(w.status, n.status, w.stderr);
      same(w.stdout, n.stdout, 'CLI check --format json');
    });
  }

  await t.test('every format over all files in one call, both languages', () => {
    const rels = files.map((f) => relative(root, f));
    for (const lang of ['zh', 'en']) {
      // The machine formats of a batch of every input, unpaired and without the summary (the batch
      // itself, pairing, summary, text and SARIF over a folder: tests/node/cli-batch.test.mjs).
      for (const format of ['json', 'csv']) {
        const args = ['check', '--format', format, '--lang', lang, '--no-pair', '--no-summary', ...rels];
        const n = native(args);
        const w = wasm(args);
        assert.equal(w.status, n.status, `${format}/${lang}: exit status`);
        same(w.stdout, n.stdout, `CLI check --format ${format} --lang ${lang}`);
      }
    }
  });

  await t.test('render, extract, rules and BCP 47 --lang tags print the same bytes', () => {
    const rel = relative(root, files.find((f) => !/\.docx$/i.test(f)) || files[0]);
    for (const args of [['render', rel], ['render', '--lang', 'en', rel], ['check', '--lang', 'en-US', rel], ['check', '--lang', 'zh-Hans-CN', '--format', 'csv', rel], ['extract', rel], ['rules'], ['rules', '--format', 'text'], ['rules', '--format', 'text', '--lang', 'en']]) {
      const n = native(args);
      const w = wasm(args);
      assert.equal(w.status, n.status, args.join(' '));
      same(w.stdout, n.stdout, args.join(' '));
    }
  });

  await t.test('a .docx made here (and a broken one) read alike', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const text = readFileSync(files.find((f) => /\.txt$/i.test(f)) || files[0], 'utf8');
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const paras = text.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`;
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    try {
      writeFileSync(join(dir, 'made.docx'), zipSync({ 'word/document.xml': strToU8(xml) }));
      writeFileSync(join(dir, 'broken.docx'), zipSync({ 'a.txt': strToU8('x') }));
      for (const name of ['made.docx', 'broken.docx']) {
        const args = ['check', '--format', 'json', join(dir, name)];
        const n = native(args);
        const w = wasm(args);
        assert.equal(w.status, n.status, name);
        same(w.stdout, n.stdout, name);
        // a .docx that cannot be unpacked is named on stderr by both CLIs, a readable one by neither
        const named = new RegExp(`^nianbao: .*${name.replace('.', '\\.')}: `, 'm');
        for (const [who, r] of [['native', n], ['node', w]])
          if (name === 'broken.docx') assert.match(r.stderr, named, `${who} stderr names ${name}`);
          else assert.equal(r.stderr, '', `${who} stderr for ${name}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  await t.test('refusals name their reason alike: encodings, a refused .html, a zip bomb', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const bomb = Buffer.from(zipSync({ 'word/document.xml': strToU8('<w:document/>') }, { level: 0 }));
    bomb.writeUInt32LE(80 * 1024 * 1024, bomb.indexOf(Buffer.from('PK\x01\x02', 'latin1')) + 24);  // declares 80 MiB
    const cases = {
      'bad-utf8.txt': [Buffer.from('some text\n\xff more', 'latin1'), 'invalid UTF-8 at byte 10'],
      'odd-utf16.txt': [Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]), 'odd-length UTF-16'],
      'lone-surrogate.txt': [Buffer.from([0xfe, 0xff, 0x00, 0x61, 0xdc, 0x00, 0x00, 0x62]), 'unpaired UTF-16 surrogate at byte 4'],
      'cut-gb18030.txt': [Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xd6]), 'as GB18030, truncated at byte 4'],
      'binary.html': [Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x80, 0x3c]), 'invalid UTF-8 at byte 3'],
      'bomb.docx': [bomb, 'more than 64 MiB'],
      'no-document.docx': [Buffer.from(zipSync({ 'word/other.xml': strToU8('<x/>') })), 'holds no document'],
    };
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-'));
    try {
      for (const [name, [bytes, words]] of Object.entries(cases)) {
        const path = join(dir, name);
        writeFileSync(path, bytes);
        const args = ['check', '--format', 'json', '--lang', 'en', path];
        const n = native(args);
        const w = wasm(args);
        assert.equal(w.status, n.status, name);
        same(w.stdout, n.stdout, name);
        const [r] = JSON.parse(n.stdout.toString('utf8'));
        assert.equal(r.diagnostics.length, 1, name);
        assert.ok(r.diagnostics[0].message.includes(words), `${name}: ${r.diagnostics[0].message}`);
        assert.equal(r.input.kind, /\.html$/.test(name) ? 'html' : /\.docx$/.test(name) ? 'docx' : 'text', name);
        const api = await checker.checkFile(bytes, { name: path, lang: 'en' });
        same(JSON.stringify(api), JSON.stringify(r), `${name}: checkFile vs native JSON`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  await t.test('usage errors: exit 2 on both', () => {
    for (const args of [[], ['frobnicate'], ['check'], ['check', '--format', 'xml', 'a.txt'], ['check', '--lang', 'fr', 'a.txt'], ['check', '--bogus', 'a.txt'], ['check', 'does/not/exist.txt']]) {
      const n = native(args);
      const w = wasm(args);
      assert.equal(n.status, 2, `native ${args.join(' ')}`);
      assert.equal(w.status, 2, `wasm ${args.join(' ')}`);
      assert.equal(w.stderr, n.stderr, `stderr of ${args.join(' ')}`);
    }
  });

  await t.test('standard input', () => {
    const rel = relative(root, files.find((f) => !/\.docx$/i.test(f)) || files[0]);
    const input = readFileSync(join(root, rel));
    const n = spawnSync(nativeCli, ['check', '--format', 'json', '-'], { input });
    const w = spawnSync(process.execPath, [cliJs, 'check', '--format', 'json', '-'], { input });
    assert.equal(w.status, n.status);
    same(w.stdout, n.stdout, 'check -');
  });
});
