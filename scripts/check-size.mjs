// The size budget, checked after `npm run build` (scripts/test.sh): fails when the checker (what a page
// embedding the package loads: the .wasm, its glue and the JS API, gzipped) or the single-file offline page
// (raw) has grown past its budget. The budgets start from the sizes reached in issue 14 plus a little room;
// raise one only on purpose, in the same commit as the growth, saying why.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const budget = JSON.parse(readFileSync(join(root, 'scripts', 'size-budget.json'), 'utf8'));

const KiB = 1024;
const gz = (f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
const raw = (f) => readFileSync(join(dist, f)).length;
// Bytes of the PDF part's data block (<script type="application/x-nianbao-pdf" …>…</script>) in a page.
function pdfBlock(f) {
  const html = readFileSync(join(dist, f), 'latin1');
  const m = /<script type="application\/x-nianbao-pdf"[^>]*>[^<]*<\/script>\n?/.exec(html);
  return m ? m[0].length : 0;
}
const checks = [
  { name: 'checker, gzipped (nianbao-core.wasm + nianbao-core.mjs + checker.mjs)', files: ['nianbao-core.wasm', 'nianbao-core.mjs', 'checker.mjs'], size: (fs) => fs.reduce((n, f) => n + gz(f), 0), limit: budget.checker_gz_kb },
  { name: 'single-file page without its PDF part, raw (nianbao.html)', files: ['nianbao.html'], size: (fs) => raw(fs[0]) - pdfBlock(fs[0]), limit: budget.single_file_kb },
  // pdf.js, its worker and its Chinese CMaps, zipped and base64: a data block of nianbao.html (never parsed as
  // script) and dist/web/nianbao-pdf.js, started only when a PDF is opened (web/src/pdf/pdf-runtime.js).
  { name: 'PDF part, raw (the data block of nianbao.html)', files: ['nianbao.html'], size: (fs) => pdfBlock(fs[0]), limit: budget.pdf_part_kb },
];
let failed = false;
for (const c of checks) {
  const missing = c.files.filter((f) => !existsSync(join(dist, f)));
  if (missing.length) {
    console.error(`size budget: dist/${missing[0]} not built (npm run build)`);
    failed = true;
    continue;
  }
  const kb = c.size(c.files) / KiB;
  const ok = kb <= c.limit;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${c.name}: ${kb.toFixed(1)} KiB (budget ${c.limit} KiB)`);
  failed ||= !ok;
}
if (failed) {
  console.error('size budget exceeded: make it smaller, or raise scripts/size-budget.json on purpose (say why in the commit)');
  process.exit(1);
}
