// What dist/ is built from, as one hash per source tree: written to dist/build-stamp.json at the end of
// `npm run build` and compared by scripts/check-dist.mjs (npm's prepack) so that a stale dist/ is never
// packed. Contents only (no mtimes), so a fresh clone built from the same sources stamps the same.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// The inputs of scripts/build-wasm.sh, scripts/build-js.mjs and web/build.mjs.
export const SOURCES = ['CMakeLists.txt', 'core', 'wasm', 'js', 'web', 'scripts/build-wasm.sh', 'scripts/build-js.mjs'];

function files(root, rel) {
  const p = join(root, rel);
  if (!existsSync(p)) return [];
  if (!statSync(p).isDirectory()) return [rel];
  return readdirSync(p).sort().flatMap((name) => files(root, join(rel, name)));
}

export function sourceStamp(root) {
  const stamp = { version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version, sources: {} };
  for (const src of SOURCES) {
    const h = createHash('sha256');
    for (const f of files(root, src)) h.update(relative(root, join(root, f))).update('\0').update(readFileSync(join(root, f))).update('\0');
    stamp.sources[src] = h.digest('hex').slice(0, 16);
  }
  return stamp;
}
