// npm run pack:npm — the npm tarball, staged in build/npm-package/ so that it carries the package's
// own README (js/README.md, not the repository's), no scripts or devDependencies, and the notices:
//   node scripts/pack.mjs [--out DIR]     → prints the path of DIR/nianbao-<version>.tgz
//   node scripts/pack.mjs --check-publish  (prepublishOnly) refuses `npm publish` from the repository
// Publish with: npm run pack:npm && npm publish build/npm-package
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { thirdPartyNotices } from './third-party-notices.mjs';

// package.json `files` patterns: a path, or a `*` in the last segment (Node 20 has no fs.globSync).
function expand(pattern) {
  const dir = dirname(pattern);
  const last = pattern.slice(dir.length + 1);
  if (!last.includes('*')) return existsSync(join(root, pattern)) ? [pattern] : [];
  const re = new RegExp(`^${last.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((n) => re.test(n)).map((n) => `${dir}/${n}`) : [];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stage = join(root, 'build', 'npm-package');
const args = process.argv.slice(2);

if (args.includes('--check-publish')) {
  if (resolve(process.cwd()) !== stage) {
    console.error('nianbao: publish the staged package: npm run pack:npm && npm publish build/npm-package');
    process.exit(1);
  }
  process.exit(0);
}

execFileSync(process.execPath, [join(root, 'scripts', 'check-dist.mjs')], { stdio: 'inherit' });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
rmSync(stage, { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
const staged = { ...pkg };
delete staged.devDependencies;
delete staged.scripts;
writeFileSync(join(stage, 'package.json'), JSON.stringify(staged, null, 2) + '\n');
cpSync(join(root, 'js', 'README.md'), join(stage, 'README.md'));
cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
writeFileSync(join(stage, 'THIRD_PARTY_NOTICES.md'), thirdPartyNotices(root));
for (const pattern of pkg.files) {
  if (pattern === 'THIRD_PARTY_NOTICES.md') continue;
  const matches = expand(pattern);
  if (!matches.length && !pattern.includes('*')) throw new Error(`pack: ${pattern} is missing (npm run build?)`);
  for (const m of matches) {
    mkdirSync(dirname(join(stage, m)), { recursive: true });
    cpSync(join(root, m), join(stage, m));
  }
}

const outIdx = args.indexOf('--out');
const out = outIdx >= 0 ? resolve(args[outIdx + 1]) : join(root, 'build');
mkdirSync(out, { recursive: true });
const json = execFileSync('npm', ['pack', stage, '--json', '--pack-destination', out], { encoding: 'utf8', cwd: root });
const file = join(out, JSON.parse(json)[0].filename);
if (!existsSync(file)) throw new Error(`pack: ${file} was not written`);
console.log(file);
