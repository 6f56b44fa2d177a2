// npm run build:web: bundles the page with esbuild.
//   dist/web/index.html, nianbao-web.js, embed-example.html  for hosting (one classic script, no modules)
//   dist/nianbao.html                                       ONE self-contained file (JS, CSS, WebAssembly inline)
// The WebAssembly and its glue come from the package build (dist/nianbao-core.wasm, dist/nianbao-core.mjs,
// dist/checker.mjs), so `npm run build:wasm` must have run first (`npm run build` does both).
// The core is in the bundle once: the .wasm deflated (raw deflate, level 9) and Z85-encoded
// ('nianbao-core-deflated'), inflated and compiled once by web/src/core-module.js. The worker is the
// glue and the checker's code bundled a second time (no WebAssembly), kept as a string and started from
// a Blob; the page posts it the compiled module.
// The PDF part (pdf.js, its worker as a classic script, its Chinese CMaps) is built here too but kept out of
// start-up: one ZIP, base64, in a data block of dist/nianbao.html and as dist/web/nianbao-pdf.js for the served
// page; web/src/pdf/pdf-runtime.js starts it when a PDF is opened.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync, existsSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateRawSync, constants as zlib } from 'node:zlib';
import { buildPdfPart } from './build-pdf.mjs';
import { vendorPatches } from './build-patches.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const distDir = process.env.NIANBAO_WEB_OUT ? join(root, process.env.NIANBAO_WEB_OUT) : join(root, 'dist');
const out = join(distDir, 'web');
const pkg = join(root, 'dist');
const api = process.env.NIANBAO_API ? join(root, process.env.NIANBAO_API) : join(pkg, 'checker.mjs');
const glueFile = join(pkg, 'nianbao-core.mjs');
const wasmFile = join(pkg, 'nianbao-core.wasm');
for (const f of [api, glueFile, wasmFile, join(pkg, 'fflate.mjs')]) {
  if (!existsSync(f)) {
    console.error(`build:web: ${f} not found: run \`npm run build:wasm\` first (npm run build does both)`);
    process.exit(2);
  }
}
const wasm = readFileSync(wasmFile);
const wasmDeflated = deflateRawSync(wasm, { level: 9, memLevel: 9, strategy: zlib.Z_DEFAULT_STRATEGY });

// Z85 (ZeroMQ RFC 32: 5 characters per 4 bytes, none of them a quote or a backslash) carries the deflated core
// in the page's script at 1.25 characters a byte where base64 takes 1.33: 29 KB less in the single file.
// Decoded by web/src/core-module.js.
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';
function z85(bytes) {
  const padded = Buffer.alloc(Math.ceil(bytes.length / 4) * 4);
  bytes.copy(padded);
  let s = '';
  for (let i = 0; i < padded.length; i += 4) {
    let v = padded.readUInt32BE(i);
    let five = '';
    for (let k = 0; k < 5; k++, v = Math.floor(v / 85)) five = Z85[v % 85] + five;
    s += five;
  }
  return s;
}

mkdirSync(out, { recursive: true });

const NODE_BUILTINS = ['fs', 'path', 'crypto', 'module', 'url', 'worker_threads', 'node:*', 'ws', 'perf_hooks', 'child_process', 'os'];
const common = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  // The browser floor of the README (Chromium 86, Firefox 78, Safari 14): newer syntax is lowered to it.
  // Destructuring stays as written: esbuild cannot lower it and refuses Safari 14.0 for a WebKit bug that
  // miscompiles some rare patterns (fixed in 14.1, babel/babel#17773); our code and libraries ran on 14.0
  // before esbuild started refusing it, so it is declared supported rather than the floor raised.
  target: ['chrome86', 'firefox78', 'safari14'],
  supported: { destructuring: true },
  // ASCII only (non-ASCII as \u escapes): Chromium decodes an all-ASCII page, and V8 scans an all-ASCII script,
  // on one-byte fast paths; a single Chinese character made the whole 1.9 MB single file a two-byte string
  // (~50 ms more of start-up decoding). It also keeps nianbao-web.js right under a host page of any charset.
  charset: 'ascii',
  minify: process.env.NIANBAO_WEB_MINIFY !== '0',
  legalComments: 'inline',
  loader: { '.css': 'text', '.txt': 'text' },
  external: NODE_BUILTINS,
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent', 'unsupported-dynamic-import': 'silent', 'commonjs-variable-in-esm': 'silent' },
  write: false,
};

// The core's stylesheet of its rendering, taken from the core itself once at build time: the element ships it
// with its own CSS (constructable stylesheet, or dist/web/nianbao-web.css for a <link>), so the rendering
// needs no inline <style> under a strict Content-Security-Policy.
const nodeApi = join(dirname(api), 'index.mjs');
const coreCss = existsSync(nodeApi) ? (await (await import(pathToFileURL(nodeApi).href)).createChecker()).page?.stylesheet() ?? '' : '';

// Stylesheets go into the bundle as text: minified (comments and spaces out) like the code around them.
const minCss = (css) => (common.minify ? esbuild.transformSync(css, { loader: 'css', minify: true, target: ['chrome86', 'firefox78', 'safari14'] }).code : css);

const apiPlugin = (workerCode) => ({
  name: 'nianbao',
  setup(b) {
    b.onResolve({ filter: /^nianbao-core-css$/ }, () => ({ path: 'core-css', namespace: 'nianbao-css' }));
    b.onLoad({ filter: /.*/, namespace: 'nianbao-css' }, () => ({ contents: minCss(coreCss), loader: 'text' }));
    b.onLoad({ filter: /\.css$/ }, (a) => ({ contents: minCss(readFileSync(a.path, 'utf8')), loader: 'text' }));
    b.onResolve({ filter: /^nianbao-checker-api$/ }, () => ({ path: api }));
    // checkMany's helpers (pairing input, summaries): the package's batch.mjs beside the checker it imports
    b.onResolve({ filter: /^nianbao-batch-api$/ }, () => ({ path: join(dirname(api), 'batch.mjs') }));
    // fflate once: the copy the checker imports (dist/fflate.mjs) also inflates the core
    b.onResolve({ filter: /^fflate$/ }, () => ({ path: join(pkg, 'fflate.mjs') }));
    b.onResolve({ filter: /^nianbao-core-glue$/ }, () => ({ path: glueFile }));
    b.onResolve({ filter: /^nianbao-core-deflated$/ }, () => ({ path: 'deflated', namespace: 'nianbao-core' }));
    b.onLoad({ filter: /^deflated$/, namespace: 'nianbao-core' }, () => ({
      contents: `export default ${JSON.stringify({ length: wasmDeflated.length, z85: z85(wasmDeflated) })};`, loader: 'js' }));
    b.onResolve({ filter: /^nianbao-worker-source$/ }, () => ({ path: 'worker', namespace: 'nianbao-worker' }));
    b.onLoad({ filter: /.*/, namespace: 'nianbao-worker' }, () => ({ contents: workerCode ?? '', loader: 'text' }));
  },
});

const worker = await esbuild.build({ ...common, entryPoints: [join(web, 'src', 'worker-main.js')], plugins: [apiPlugin('')] });
const workerCode = worker.outputFiles[0].text;
const main = await esbuild.build({ ...common, entryPoints: [join(web, 'src', 'index.js')], globalName: 'NianbaoWeb', plugins: [vendorPatches, apiPlugin(workerCode)] });
const bundle = main.outputFiles[0].text;

// The single file starts in four inline scripts, each its own task (no one long task of compiling and running
// everything): first the core (web/src/core-module.js with the deflated .wasm, and fflate, run on first use),
// whose decoding, inflating and compiling start at once; then the checker API, the glue and
// web/src/main-checker.js, compiled and run while the core compiles in the background, which instantiate the core
// on their own, in the gaps between the other scripts, CodeMirror and the element, and the first layout. The later
// scripts' imports of those modules read what the first ones left in globalThis.__nianbaoParts.
// nianbao-web.js (served, embedded) stays one script.
const PARTS = '__nianbaoParts';
// Resolves imports of what an earlier script of the single file left in globalThis.__nianbaoParts.
const fromParts = (filters) => ({
  name: 'nianbao-parts',
  setup(b) {
    for (const [filter, path] of filters) b.onResolve({ filter }, (a) => ({ path: path || a.path, namespace: 'nianbao-parts' }));
    b.onLoad({ filter: /.*/, namespace: 'nianbao-parts' }, (a) => ({ contents: `module.exports = globalThis.${PARTS}[${JSON.stringify(a.path)}];`, loader: 'js' }));
  },
});
const FFLATE_PART = [/(^fflate$|\/fflate\.mjs$)/, 'fflate'];
const CORE_PARTS = [[/(^|\/)core-module\.js$/, 'core'], FFLATE_PART];
const CHECKER_PARTS = [[/(^|\/)main-checker\.js$/, 'main-checker'], [/^nianbao-checker-api$/, 'nianbao-checker-api']];
// fflate is in the first script but runs only when first used: its module code builds its Huffman tables at once
// (~12 ms of the main thread at start-up), yet a browser with DecompressionStream('deflate-raw') inflates the core
// natively and needs fflate only to open the PDF part or an OFD. Its functions are getters that run it on first
// use (those, and the floor browsers' inflating of the core): the same functions every later script imports.
const FFLATE_NAMES = ['inflateSync', 'unzipSync', 'strFromU8'];
const fflateLib = await esbuild.build({
  ...common,
  stdin: { contents: `export { ${FFLATE_NAMES.join(', ')} } from 'fflate';\n`, resolveDir: web, sourcefile: 'single-file-fflate.js' },
  globalName: 'fflateLib',
  plugins: [apiPlugin('')],
});
const lazyFflate =
  `globalThis.${PARTS} = { fflate: (function () {\nvar lib = null;\nfunction load() {\nif (!lib) {\n${fflateLib.outputFiles[0].text}lib = fflateLib;\n}\nreturn lib;\n}\n` +
  `return { ${FFLATE_NAMES.map((n) => `get ${n}() { return load().${n}; }`).join(', ')} };\n})() };\n`;
const coreStarter = await esbuild.build({
  ...common,
  stdin: {
    contents: `import * as core from './core-module.js';\nglobalThis.${PARTS}.core = core;\ncore.coreModule().catch(function () {});\n`,
    resolveDir: join(web, 'src'),
    sourcefile: 'single-file-core.js',
  },
  plugins: [fromParts([FFLATE_PART]), apiPlugin('')],
});
const checkerStarter = await esbuild.build({
  ...common,
  stdin: {
    contents: `import * as mainChecker from './main-checker.js';\nimport * as api from 'nianbao-checker-api';\n` +
      `globalThis.${PARTS}['main-checker'] = mainChecker;\nglobalThis.${PARTS}['nianbao-checker-api'] = api;\n` +
      `mainChecker.mainChecker().catch(function () {});\n` +
      // later(run): the next scripts' code runs each in a task of its own, in order, after the parser has compiled it
      `var later = [];\nglobalThis.${PARTS}.later = function (run) { later.push(run); setTimeout(function () { later.shift()(); }, 0); };\n`,
    resolveDir: join(web, 'src'),
    sourcefile: 'single-file-checker.js',
  },
  plugins: [fromParts(CORE_PARTS), apiPlugin('')],
});
// CodeMirror (about 60% of the element's code) in a script of its own too: what web/src/editor.js imports of it.
const cmImports = [...readFileSync(join(web, 'src', 'editor.js'), 'utf8').matchAll(/^import \{([^}]*)\} from '(@codemirror\/[a-z]+)';$/gm)];
if (!cmImports.length) throw new Error('build:web: no CodeMirror imports found in web/src/editor.js');
const editorLibs = await esbuild.build({
  ...common,
  stdin: {
    contents: cmImports.map(([, names, pkg], i) => `import {${names}} from '${pkg}';\nglobalThis.${PARTS}['${pkg}'] = {${names}};`).join('\n'),
    resolveDir: root,
    sourcefile: 'single-file-editor-libs.js',
  },
  plugins: [vendorPatches],
});
const singleMain = await esbuild.build({ ...common, entryPoints: [join(web, 'src', 'index.js')], globalName: 'NianbaoWeb', plugins: [fromParts([...CORE_PARTS, ...CHECKER_PARTS, [/^@codemirror\//]]), apiPlugin(workerCode)] });
// CodeMirror's and the element's code is compiled as the parser reaches it but run in a later task (the second
// script's `later`): the core's last steps on the main thread (the compile's end, the instantiation, a few ms)
// then come between the scripts instead of after all of them and the first layout, and no task both compiles
// and runs a whole script. The element's bundle keeps its global (NianbaoWeb) as the served script does.
// The function is in parentheses: V8 then compiles it with the script (once) rather than pre-parse it there and
// parse it again when it runs.
const runLater = (js, global) => `${PARTS}.later((function () {\n${js}${global ? `globalThis.${global} = ${global};\n` : ''}}));\n`;
const singleScripts = [lazyFflate + coreStarter.outputFiles[0].text, checkerStarter.outputFiles[0].text, runLater(editorLibs.outputFiles[0].text), runLater(singleMain.outputFiles[0].text, 'NianbaoWeb')];

// Inline-safe: nothing in the code may end the <script> element or open an HTML comment in it.
const inlineSafe = (js) => js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

// The page's own text (title, description) as character references: the single file stays all ASCII (see
// `charset` above). Never inside its <script> or <style>, where a reference would not be decoded.
const asciiHtml = (html) => {
  if (/<(script|style)\b[^>]*>[^<]*[^\x00-\x7f]/i.test(html)) throw new Error('build:web: web/index.html has non-ASCII text in a <script> or <style>');
  return html.replace(/[^\x00-\x7f]/gu, (c) => `&#x${c.codePointAt(0).toString(16)};`);
};
const page = asciiHtml(readFileSync(join(web, 'index.html'), 'utf8'));
if (!page.includes('<!--NIANBAO_SCRIPT-->')) throw new Error('build:web: web/index.html lacks <!--NIANBAO_SCRIPT-->');
writeFileSync(join(out, 'nianbao-web.js'), bundle);
// For portals under a strict CSP (web/README.md): the worker as a file (worker-url) and the CSS as a file
// (stylesheet, for browsers without constructable stylesheets).
writeFileSync(join(out, 'nianbao-worker.js'), workerCode);
writeFileSync(join(out, 'nianbao-web.css'), `${readFileSync(join(web, 'src', 'styles.css'), 'utf8')}\n${readFileSync(join(web, 'src', 'pdf', 'pdf-view.css'), 'utf8')}\n${coreCss}`);
writeFileSync(join(out, 'index.html'), page.replace('<!--NIANBAO_SCRIPT-->', '<script src="nianbao-web.js"></script>'));
copyFileSync(join(web, 'embed-example.html'), join(out, 'embed-example.html'));
copyFileSync(join(web, 'example-report.txt'), join(out, 'example-report.txt'));
// The PDF part: not JavaScript to the browser (a data block is never parsed as script), read when a PDF is opened.
const pdfPart = await buildPdfPart({ esbuild, common, root });
writeFileSync(join(out, 'nianbao-pdf.js'), `globalThis.NianbaoPdfData=${JSON.stringify(pdfPart.base64)};\n`);
const pdfBlock = `<script type="application/x-nianbao-pdf" id="nianbao-pdf-data">${pdfPart.base64}</script>\n`;
const withPdf = page.slice(0, page.lastIndexOf('</body>')) + pdfBlock + page.slice(page.lastIndexOf('</body>'));
const single = withPdf.replace('<!--NIANBAO_SCRIPT-->', () => singleScripts.map((js) => `<script>${inlineSafe(js)}</script>`).join('\n'));
// (a NIANBAO_WEB_MINIFY=0 build keeps the libraries' comments, some of them not ASCII)
if (common.minify && /[^\x00-\x7f]/.test(single)) throw new Error('build:web: dist/nianbao.html is not all ASCII (see `charset`)');
writeFileSync(join(distDir, 'nianbao.html'), single);

const kb = (s) => `${Math.round((typeof s === 'string' ? Buffer.byteLength(s) : s.length) / 1024)} KB`;
console.log(`build:web: dist/web/ (nianbao-web.js ${kb(bundle)}: core ${kb(wasm)} deflated to ${kb(wasmDeflated)}, worker ${kb(workerCode)} inside) and dist/nianbao.html (${kb(single)})`);
console.log(`build:web: PDF part ${kb(pdfPart.base64)} base64 (pdf.js ${kb(pdfPart.main)} + worker ${kb(pdfPart.worker)} + ${pdfPart.cmaps} CMaps, zipped ${kb(pdfPart.zip)}): dist/web/nianbao-pdf.js and a data block of dist/nianbao.html`);
