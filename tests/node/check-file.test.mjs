// checkFile: encodings, .docx, and the shape of what reaches the core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { notBuilt, seedPath } from './helpers.mjs';

const seed = existsSync(seedPath)
  ? readFileSync(seedPath, 'utf8')
  : '某某区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请3件。\n二、主动公开政府信息情况\n';

// Everything but the encoding must be equal when the same text arrives in another encoding.
function sameButEncoding(a, b) {
  assert.deepEqual({ ...a, input: { ...a.input, encoding: '' } }, { ...b, input: { ...b.input, encoding: '' } });
}

function utf16(text, littleEndian) {
  const out = new Uint8Array(2 + text.length * 2);
  const v = new DataView(out.buffer);
  v.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) v.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

// GB18030 bytes: the machine's iconv when there is one, else a small table good for the fallback sample.
function gb18030(text) {
  const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
  if (r.status === 0) return new Uint8Array(r.stdout);
  return null;
}

test('checkFile', { skip: notBuilt }, async (t) => {
  const { createChecker, decodeBytes } = await import('nianbao');
  const checker = await createChecker();
  const expected = checker.check(seed, { name: 'seed.txt' });

  await t.test('UTF-8 with and without BOM', async () => {
    const bytes = new TextEncoder().encode(seed);
    assert.deepEqual(await checker.checkFile(bytes, { name: 'seed.txt' }), expected);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    assert.deepEqual(await checker.checkFile(bom, { name: 'seed.txt' }), expected);
    assert.deepEqual(await checker.checkFile(bytes.buffer, { name: 'seed.txt' }), expected);
    assert.deepEqual(await checker.checkFile(Buffer.from(bytes), { name: 'seed.txt' }), expected);
  });

  await t.test('UTF-16 LE and BE with BOM', async () => {
    const le = await checker.checkFile(utf16(seed, true), { name: 'seed.txt' });
    assert.equal(le.input.encoding, 'utf-16le');
    sameButEncoding(le, expected);
    const be = await checker.checkFile(utf16(seed, false), { name: 'seed.txt' });
    assert.equal(be.input.encoding, 'utf-16be');
    sameButEncoding(be, expected);
  });

  await t.test('GB18030 / GBK', async () => {
    assert.equal(new TextDecoder('gb18030').decode(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4])), '中文',
      'this Node has no full ICU: TextDecoder cannot read GB18030');
    const bytes = gb18030(seed);
    if (!bytes) {
      t.diagnostic('iconv not found: only the built-in GBK sample is tested');
      const d = decodeBytes(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'a.txt');
      assert.deepEqual(d, { kind: 'text', encoding: 'gb18030', text: '中文' });
      return;
    }
    const r = await checker.checkFile(bytes, { name: 'seed.txt' });
    assert.equal(r.input.encoding, 'gb18030');
    sameButEncoding(r, expected);
  });

  await t.test('a File/Blob, its name taken from the File', async () => {
    const file = new File([seed], 'seed.txt');
    assert.deepEqual(await checker.checkFile(file), expected);
    assert.deepEqual(await checker.checkFile(new Blob([seed]), { name: 'seed.txt' }), expected);
  });

  await t.test('.html names are read as HTML', async () => {
    const html = '<html><body><h1>某区2023年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>';
    const r = await checker.checkFile(new TextEncoder().encode(html), { name: 'report.HTM' });
    assert.equal(r.input.kind, 'html');
  });

  await t.test('a .docx made here is unzipped and its document.xml checked', async () => {
    const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const paras = seed.split('\n').map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paras}</w:body></w:document>`;
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      'word/document.xml': strToU8(xml),
    });
    const r = await checker.checkFile(docx, { name: 'report.docx' });
    assert.equal(r.file, 'report.docx');
    assert.equal(r.input.kind, 'docx');
    assert.equal(r.input.encoding, 'utf-8');
    // What the core made of word/document.xml is the core's business: the same as handing it the XML.
    assert.deepEqual(r, checker.check(xml, { kind: 'docx-xml', name: 'report.docx', inputKind: 'docx' }));
    if (r.diagnostics.some((d) => d.rule === 'input-unreadable')) t.diagnostic('the core does not read kind docx-xml yet');
  });

  await t.test('a ZIP without word/document.xml is input-unreadable', async () => {
    const zip = zipSync({ 'a.txt': strToU8('hello') });
    const r = await checker.checkFile(zip, { name: 'x.docx' });
    assert.equal(r.diagnostics[0].rule, 'input-unreadable');
  });

  await t.test('checkFile refuses what is not bytes with a TypeError', async () => {
    await assert.rejects(checker.checkFile('text'), TypeError);
  });
});
