// Shared by the packaging tests: the npm tarball as a user gets it (scripts/pack.mjs, the same as
// `npm run pack:npm`), installed into fresh projects with `npm install <tarball>` (its dependencies come
// from npm's cache, filled by `npm ci`, else the registry), and the repository's own tools (tsc, esbuild,
// vite) run on them.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bin = (pkg, file) => join(root, 'node_modules', pkg, file);

function why() {
  if (!existsSync(join(root, 'dist', 'build-stamp.json'))) return 'dist/ is not built: run `npm run build` first';
  if (!existsSync(join(root, 'dist', 'web', 'nianbao-web.js'))) return 'dist/web/ is not built: run `npm run build` first';
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'check-dist.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) return `dist/ is stale: ${r.stderr.trim()}`;
  if (spawnSync('npm', ['--version']).status !== 0) return 'npm is not installed';
  return false;
}
// CI (scripts/test.sh sets NIANBAO_NO_SKIP=1) must never pass by skipping: a missing build or browser fails there.
function mustRun(reason) {
  if (reason && process.env.NIANBAO_NO_SKIP) throw new Error(`NIANBAO_NO_SKIP: ${reason}`);
  return reason;
}
export const skip = mustRun(why());

// The packed files change only with a build or an edit of what is shipped: one tarball per state,
// shared by the test files of this folder (they run one after another).
function packKey() {
  const h = createHash('sha256');
  const add = (p) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) return readdirSync(p).sort().forEach((n) => add(join(p, n)));
    const s = statSync(p);
    h.update(`${p}:${s.size}:${s.mtimeMs}\n`);
  };
  for (const p of ['dist', 'package.json', 'js/README.md', 'docs/package.md', 'docs/output.md', 'CHANGELOG.md', 'LICENSE', 'scripts/pack.mjs', 'scripts/third-party-notices.mjs']) add(join(root, p));
  return h.digest('hex').slice(0, 16);
}

let tarball = null;
export function packOnce() {
  if (tarball) return tarball;
  const dir = join(tmpdir(), `nianbao-pack-${packKey()}`);
  const found = existsSync(dir) && readdirSync(dir).find((n) => n.endsWith('.tgz'));
  if (found) return (tarball = join(dir, found));
  mkdirSync(dir, { recursive: true });
  tarball = execFileSync(process.execPath, [join(root, 'scripts', 'pack.mjs'), '--out', dir], { encoding: 'utf8' }).trim().split('\n').pop();
  return tarball;
}

/** A fresh project in a temporary folder with the tarball installed and the given files written. */
export function freshProject(name, files = {}, pkg = {}) {
  const dir = mkdtempSync(join(tmpdir(), `nianbao-${name}-`));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `try-${name}`, version: '1.0.0', private: true, ...pkg }, null, 2));
  execFileSync('npm', ['install', packOnce(), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'pipe' });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Runs a command; returns {status, stdout, stderr}. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { status: r.status, stdout: r.stdout || '', stderr: r.stderr || '', error: r.error };
}
export const node = (args, opts) => run(process.execPath, args, opts);

export const exampleText = readFileSync(join(root, 'web', 'example-report.txt'), 'utf8');
