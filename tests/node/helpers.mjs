// Shared by the Node tests: where things are, the corpus, the native CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const dist = join(root, 'dist');
export const corpusDir = join(root, '..', 'shared', 'corpus');
export const fixturesDir = join(root, 'tests', 'fixtures');
export const seedPath = join(corpusDir, 'seed-fengquan-2023.txt');
export const built = existsSync(join(dist, 'nianbao-core.wasm')) && existsSync(join(dist, 'index.mjs'));
// CI (scripts/test.sh sets NIANBAO_NO_SKIP=1) must never pass by skipping: a missing build or browser fails there.
export function mustRun(reason) {
  if (reason && process.env.NIANBAO_NO_SKIP) throw new Error(`NIANBAO_NO_SKIP: ${reason}`);
  return reason;
}
export const notBuilt = mustRun(built ? false : 'dist/ is not built: run `npm run build` first');

// The native CLI: $NIANBAO_CLI, else the README's build/nianbao, else this area's build-wasm-native/nianbao.
export const nativeCli = [process.env.NIANBAO_CLI, join(root, 'build', 'nianbao'), join(root, 'build-wasm-native', 'nianbao')]
  .find((p) => p && existsSync(p));

function walk(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const inputExt = /\.(txt|html?|docx)$|\.runs\.json$/i;
/** Every input file of tests/fixtures/ (recursively) and of the corpus (seed + reports/). */
export function inputFiles() {
  const files = walk(fixturesDir).filter((p) => inputExt.test(p));
  if (existsSync(seedPath)) files.push(seedPath);
  files.push(...walk(join(corpusDir, 'reports')).filter((p) => inputExt.test(p)));
  return files;
}

/** Every number of a result's tables by canonical key ("t3.r1.total" -> 7). */
export function cells(result) {
  const out = {};
  for (const [t, rows] of Object.entries((result.report && result.report.tables) || {})) {
    for (const [r, cols] of Object.entries(rows)) for (const [c, cell] of Object.entries(cols)) out[`${t}.${r}.${c}`] = cell.value;
  }
  return out;
}

/** A command run from the project root: {status, stdout, stderr}. */
export function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString() };
}
