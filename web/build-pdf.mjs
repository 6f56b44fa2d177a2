// The page's PDF part (see web/build.mjs): pdf.js (legacy build, the one Node uses, for the widest browser
// support) with the package's extractor, pdf.js's worker as a CLASSIC script, and pdf.js's CMaps for Chinese
// (GB1: the GB, GBK and Unicode-GB encodings and Adobe-GB1's CID-to-Unicode map, which PDFs set in
// non-embedded Chinese fonts such as STSong-Light with UniGB-UCS2-H need), zipped (deflate level 9) and base64.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';

// Chinese (mainland) CMaps, without the rarely used UTF-8/UTF-32 and GB/T (traditional) ones; the traditional-
// Chinese (CNS1, about 215 KB deflated), Japanese and Korean ones are left out too: a PDF that needs one of
// them reads without that font's text.
export const PDF_CMAPS = /^(UniGB-(UCS2|UTF16)-|GB(K|Kp|K2K|pc)?-|GB-|Adobe-GB1-).*\.bcmap$/;

export async function buildPdfPart({ esbuild, common, root }) {
  const require = createRequire(join(root, 'package.json'));
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
  const src = join(root, 'web', 'src', 'pdf');
  const opts = {
    ...common,
    // pdfjs-dist 5's legacy build supports Chrome 110, Firefox ESR, Safari 16.4; no lowering below that
    target: ['chrome110', 'firefox115', 'safari16.4'],
    minify: true,
    legalComments: 'inline',
    plugins: [],
  };
  const main = (await esbuild.build({ ...opts, entryPoints: [join(src, 'pdfjs-main-entry.js')] })).outputFiles[0].text;
  const worker = (await esbuild.build({ ...opts, entryPoints: [join(src, 'pdfjs-worker-entry.js')] })).outputFiles[0].text;
  const files = { 'pdfjs.js': strToU8(main), 'pdfjs-worker.js': strToU8(worker) };
  const cmapDir = join(pdfjsDir, 'cmaps');
  let cmaps = 0;
  for (const f of readdirSync(cmapDir).sort()) {
    if (!PDF_CMAPS.test(f)) continue;
    files[`cmaps/${f}`] = new Uint8Array(readFileSync(join(cmapDir, f)));
    cmaps++;
  }
  // a fixed date: the same sources give the same bytes
  const zip = zipSync(files, { level: 9, mem: 12, mtime: new Date(Date.UTC(2020, 0, 1)) });
  return { base64: Buffer.from(zip).toString('base64'), main, worker, zip, cmaps };
}
