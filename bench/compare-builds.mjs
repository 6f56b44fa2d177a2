// node bench/compare-builds.mjs DIST_A DIST_B [...]: the same checks, timed in several builds of the package
// side by side (each a dist/ folder, e.g. a copy kept before changing build flags), interleaved round by
// round so a machine whose speed drifts treats them alike. Prints, per build, the median time of one check
// of every fixture and corpus report in Node (process CPU) and in Chromium (wall), and its ratio to the
// first build. Used to choose the WebAssembly build flags (scripts/build-wasm.sh); figures, never asserted.
// BENCH_ONLY=regex keeps the inputs whose path matches (e.g. 'runs\.json$' for the PDF text runs, or
// '\.(txt|html)$' for pasted text and web pages), BENCH_ROUNDS the number of rounds (7), BENCH_CALL=render times
// the page's call in Node instead (check + the report's HTML: web/src/engine-core.js checkAndRender, editable).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputFiles } from '../tests/node/helpers.mjs';
import { checkAndRender } from '../web/src/engine-core.js';
import { browserAvailable, launch, median, openChecker } from './browser.mjs';

const dists = process.argv.slice(2).map((d) => resolve(d));
if (dists.length < 2) {
  console.error('usage: node bench/compare-builds.mjs DIST_A DIST_B [...]   (folders built by `npm run build`)');
  process.exit(2);
}
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const mods = [];
for (const d of dists) mods.push(await import(pathToFileURL(`${d}/index.mjs`).href));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const items = inputFiles().filter((f) => !/\.docx$/i.test(f) && (!only || only.test(f))).map((f) => {
  const d = mods[0].decodeBytes(readFileSync(f), f);
  return { text: d.text !== undefined ? d.text : new TextDecoder().decode(d.bytes), kind: d.kind === 'html' ? 'html' : 'auto' };
});
const checkers = [];
for (const m of mods) checkers.push(await m.createChecker());
// The builds must agree: a faster build that answers differently is not a faster build.
for (const it of items) {
  const outs = checkers.map((c) => JSON.stringify(c.check(it.text, { kind: it.kind })));
  if (outs.some((o) => o !== outs[0])) { console.error('compare-builds: the builds give different results'); process.exit(1); }
}
const renderToo = process.env.BENCH_CALL === 'render';
const pass = renderToo
  ? (c) => { for (const it of items) checkAndRender(c, it.text, { kind: it.kind, lang: 'zh', editable: true }); }
  : (c) => { for (const it of items) c.check(it.text, { kind: it.kind }); };
for (const c of checkers) { const t = Date.now(); while (Date.now() - t < 1500) pass(c); }
const node = dists.map(() => []);
for (let r = 0; r < ROUNDS; r++) {
  checkers.forEach((c, k) => {
    const t0 = process.cpuUsage();
    for (let i = 0; i < 3; i++) pass(c);
    node[k].push(process.cpuUsage(t0).user / 1000 / 3);
  });
}
let chrome = null;
if (!browserAvailable(dists[0])) {
  const browser = await launch();
  const pages = [];
  for (const d of dists) { const p = await openChecker(browser, d); await p.warm(items, 1500); pages.push(p); }
  chrome = dists.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < pages.length; k++) chrome[k].push((await pages[k].time(items, 60)).reduce((a, b) => a + b, 0));
  }
  for (const p of pages) await p.close();
  await browser.close();
}
console.log(`# one ${renderToo ? 'check + HTML render (Node; Chromium: check)' : 'check'} of each of ${items.length} inputs, medians of ${ROUNDS} interleaved rounds`);
console.log(`${'build'.padEnd(40)} ${'node ms'.padStart(9)} ${'ratio'.padStart(6)} ${'chrome ms'.padStart(10)} ${'ratio'.padStart(6)}`);
dists.forEach((d, k) => {
  const n = median(node[k]), c = chrome ? median(chrome[k]) : null;
  console.log(`${d.slice(-40).padEnd(40)} ${n.toFixed(1).padStart(9)} ${(n / median(node[0])).toFixed(3).padStart(6)} ` +
    `${c === null ? '-'.padStart(10) : c.toFixed(1).padStart(10)} ${c === null ? '' : (c / median(chrome[0])).toFixed(3).padStart(6)}`);
});
