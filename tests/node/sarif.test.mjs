// `nianbao check --format sarif` validates against the SARIF 2.1.0 schema and declares every rule of
// `nianbao rules`. Needs the native CLI (helpers.mjs: NIANBAO_CLI, build/nianbao, …) and the devDependencies
// ajv-draft-04 + ajv-formats; skips, saying why, when either is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir, nativeCli as cli } from './helpers.mjs';

const fixtures = join(fixturesDir, 'sarif');
// The built-in example report of the page: it has deliberate mistakes, so the log has results.
const exampleReport = join(fixturesDir, '..', '..', 'web', 'example-report.txt');

async function validator() {
  try {
    const Ajv = (await import('ajv-draft-04')).default;
    const addFormats = (await import('ajv-formats')).default;
    // The official schema's `language` pattern is not valid in Unicode mode.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    return ajv.compile(JSON.parse(readFileSync(join(fixtures, 'sarif-schema-2.1.0-rtm.5.json'), 'utf8')));
  } catch {
    return null;
  }
}

function run(args) {
  // Exit status 1 only means "errors found"; the output is what we test.
  try {
    return execFileSync(cli, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout;
    throw e;
  }
}

const validate = await validator();
const skip = !cli ? 'native CLI not built (set NIANBAO_CLI or build build/nianbao)'
  : !validate ? 'ajv-draft-04 / ajv-formats not installed' : false;

for (const lang of ['zh', 'en']) {
  test(`sarif output is valid SARIF 2.1.0 (${lang})`, { skip }, () => {
    const log = JSON.parse(run(['check', '--format', 'sarif', '--lang', lang, exampleReport]));
    const ok = validate(log);
    assert.ok(ok, JSON.stringify(validate.errors, null, 2));
    assert.equal(log.version, '2.1.0');
    const runObj = log.runs[0];
    assert.equal(runObj.tool.driver.name, 'nianbao');
    assert.equal(runObj.columnKind, 'utf16CodeUnits');
    const ids = JSON.parse(run(['rules', '--format', 'json'])).map((r) => r.id);
    assert.deepEqual(runObj.tool.driver.rules.map((r) => r.id), ids);
    for (const res of runObj.results) {
      assert.equal(runObj.tool.driver.rules[res.ruleIndex].id, res.ruleId);
      assert.ok(['error', 'warning', 'note'].includes(res.level));
    }
  });
}

test('the validator does reject a broken log', { skip }, () => {
  const log = JSON.parse(run(['check', '--format', 'sarif', exampleReport]));
  log.runs[0].columnKind = 'bytes';
  assert.equal(validate(log), false);
});
