// The TypeScript declarations compile against their documented use (tsc --noEmit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, root } from './helpers.mjs';

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const skip = !existsSync(tsc) ? 'typescript is not installed (npm ci)' :
  !existsSync(join(dist, 'index.d.ts')) ? 'dist/ is not built: run `npm run build` first' : false;

test('index.d.ts type-checks tests/node/types-test.ts', { skip }, () => {
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tests', 'node', 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
