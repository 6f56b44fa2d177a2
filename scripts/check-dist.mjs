// npm's prepack (and `npm run build`'s last step with --stamp): refuses to pack a dist/ that is missing
// a file the package exports, or was built from other sources than the ones in the tree.
//   node scripts/check-dist.mjs           exit 1 naming what is missing or stale
//   node scripts/check-dist.mjs --stamp   record the sources dist/ was just built from
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceStamp } from './dist-sources.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampPath = join(root, 'dist', 'build-stamp.json');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function targets(node) {
  if (typeof node === 'string') return [node];
  return Object.values(node || {}).flatMap(targets);
}
const needed = new Set([...targets(pkg.exports), ...Object.values(pkg.bin || {}), pkg.types, pkg.main]
  .filter(Boolean).map((p) => p.replace(/^\.\//, '')));

const missing = [...needed].filter((p) => !existsSync(join(root, p)));
if (missing.length) {
  console.error(`check-dist: dist/ is incomplete (missing ${missing.join(', ')}): run \`npm run build\``);
  process.exit(1);
}
const now = sourceStamp(root);
if (process.argv.includes('--stamp')) {
  writeFileSync(stampPath, JSON.stringify(now, null, 2) + '\n');
  console.log('check-dist: dist/ complete; build stamp written');
  process.exit(0);
}
const built = existsSync(stampPath) ? JSON.parse(readFileSync(stampPath, 'utf8')) : null;
if (!built) {
  console.error('check-dist: dist/build-stamp.json missing: run `npm run build`');
  process.exit(1);
}
const stale = Object.keys(now.sources).filter((k) => built.sources[k] !== now.sources[k]);
if (built.version !== now.version) stale.push(`version ${built.version} → ${now.version}`);
if (stale.length) {
  console.error(`check-dist: dist/ is stale (changed since the build: ${stale.join(', ')}): run \`npm run build\``);
  process.exit(1);
}
console.log('check-dist: dist/ is complete and up to date');
