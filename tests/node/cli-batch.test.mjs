// `npx nianbao check` over a folder (js/cli-batch.mjs): what a supervising office runs on a folder of
// reports. Two agencies × two years (paired), a government with its office (never paired), a stray note,
// and bad input (empty, binary, a link to nothing): every file has its result, the pairs are named, the rest
// is checked, the summary ends it, exit status 2. The native CLI prints the same bytes for every format
// and language, with one worker or several.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { dist, fixturesDir, mustRun, nativeCli, notBuilt } from './helpers.mjs';

const cliJs = join(dist, 'cli.mjs');
const base = readFileSync(join(fixturesDir, 'clean-2021-tabs.txt'), 'utf8');
const baseHtml = readFileSync(join(fixturesDir, 'clean-2021.html'), 'utf8');
const report = (agency, year, from = base) => from.replaceAll('青山县市场监督管理局', agency).replaceAll('2024', String(year));

// A folder of reports, relative paths inside `cwd` (so outputs do not depend on the temporary folder).
function makeFolder() {
  const cwd = mkdtempSync(join(tmpdir(), 'nianbao-cli-batch-'));
  const put = (rel, data) => {
    mkdirSync(dirname(join(cwd, rel)), { recursive: true });
    writeFileSync(join(cwd, rel), data);
  };
  put('in/market/2023.txt', report('青山县市场监督管理局', 2023));
  put('in/market/2024.txt', report('青山县市场监督管理局', 2024));
  put('in/finance/2023.txt', report('青山县财政局', 2023));
  put('in/finance/2024.html', report('江北市青山县财政局', 2024, baseHtml));
  put('in/gov/county-2023.txt', report('青山县人民政府', 2023));
  put('in/gov/office-2024.txt', report('青山县人民政府办公室', 2024));
  put('in/notes.txt', '会议纪要：请各单位于三月底前报送材料。\n');
  put('in/empty.txt', '');
  put('in/binary.txt', Buffer.concat([Buffer.from([0, 1, 2, 0xff, 0xfe]), Buffer.alloc(200)]));
  put('in/picture.jpg', Buffer.from([0xff, 0xd8, 0xff]));
  put('in/.hidden/2024.txt', report('青山县教育局', 2024));
  symlinkSync('gone.txt', join(cwd, 'in/dangling.txt'));
  return cwd;
}

function run(cmd, args, cwd, input = undefined) {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const nodeCli = (args, cwd, input) => run(process.execPath, [cliJs, ...args], cwd, input);
const rulesOf = (r) => new Set(r.diagnostics.map((d) => d.rule));

test('npx nianbao check FOLDER: one result per file, pairs named, bad files reported in place, summary, exit 2', { skip: notBuilt }, () => {
  const cwd = makeFolder();
  try {
    const r = nodeCli(['check', '--format', 'json', 'in'], cwd);
    assert.equal(r.status, 2, 'a file that cannot be read makes the batch exit 2');
    const results = JSON.parse(r.stdout);
    const byFile = new Map(results.map((x) => [x.file, x]));
    assert.deepEqual(results.map((x) => x.file), [
      'in/binary.txt', 'in/dangling.txt', 'in/empty.txt', 'in/finance/2023.txt', 'in/finance/2024.html',
      'in/gov/county-2023.txt', 'in/gov/office-2024.txt', 'in/market/2023.txt', 'in/market/2024.txt', 'in/notes.txt',
    ], 'every report-like file, sorted by path; the picture and the hidden folder are not checked');
    assert.equal(byFile.get('in/market/2024.txt').previous.file, 'in/market/2023.txt');
    assert.equal(byFile.get('in/finance/2024.html').previous.file, 'in/finance/2023.txt', 'full and short name of one body');
    assert.equal(byFile.get('in/gov/office-2024.txt').previous, null, "a government's office is not the government");
    for (const x of results) assert.ok('previous' in x, `${x.file} states whom it was compared with`);
    const market = rulesOf(byFile.get('in/market/2024.txt'));
    for (const rule of ['prev-carry-over', 'prev-identical-tables', 'prev-duplicate-text']) assert.ok(market.has(rule), rule);
    for (const bad of ['in/empty.txt', 'in/binary.txt', 'in/dangling.txt', 'in/notes.txt']) {
      assert.ok(rulesOf(byFile.get(bad)).has('input-unreadable'), bad);
      assert.match(r.stderr, new RegExp(`^nianbao: .*${bad.replace('.', '\\.')}`, 'm'), `stderr says why ${bad} was not read`);
    }
    assert.match(r.stderr, /nianbao: cannot read in\/dangling\.txt/);
    // The summary goes to stderr with a machine format, and names what was skipped.
    assert.match(r.stderr, /== 批量检查汇总 ==\n文件 10 个：已检查 6 个，无法读取 4 个；与上一年度报告对照 2 个\n/);
    assert.match(r.stderr, /已跳过（隐藏文件或非报告格式）：in\/\.hidden\n/);
    assert.match(r.stderr, /已跳过（隐藏文件或非报告格式）：in\/picture\.jpg\n/);

    // Text: each report with its pair, then the summary on stdout.
    const text = nodeCli(['check', 'in'], cwd);
    assert.equal(text.status, 2);
    assert.ok(text.stdout.includes('  上一年度报告：in/market/2023.txt\n'));
    assert.ok(text.stdout.includes('  上一年度报告：未配对\n'));
    // most common first; a tie in order of rule id
    assert.match(text.stdout, /\n== 批量检查汇总 ==\n[^]*最常见的问题：\n {2}prev-identical-tables {2}6 处，2 个文件\n {2}input-unreadable {2}4 处，4 个文件\n {2}prev-carry-over {2}4 处，2 个文件\n/);

    // CSV: one header, rows numbered over the whole batch; SARIF: one log, one artifact per file.
    const csv = nodeCli(['check', '--format', 'csv', '--no-summary', 'in'], cwd);
    assert.equal(csv.stderr.includes('批量检查汇总'), false, '--no-summary');
    const rows = csv.stdout.split('\r\n').slice(1, -1);
    assert.equal(rows.length, results.reduce((n, x) => n + x.diagnostics.length, 0));
    rows.forEach((row, i) => assert.ok(row.startsWith(`${i + 1},`), `row ${i + 1}: ${row.slice(0, 20)}`));
    const sarif = JSON.parse(nodeCli(['check', '--format', 'sarif', 'in'], cwd).stdout);
    const run0 = sarif.runs[0];
    assert.equal(run0.artifacts.length, results.length);
    for (const res of run0.results) {
      const loc = res.locations[0].physicalLocation.artifactLocation;
      assert.equal(run0.artifacts[loc.index].location.uri, loc.uri);
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});

test('--pairs overrides, --no-pair turns pairing off, -j 2 prints the same bytes, exit 1 and 0', { skip: notBuilt }, () => {
  const cwd = makeFolder();
  try {
    writeFileSync(join(cwd, 'pairs.csv'), '\uFEFF# this year, last year\nin/market/2024.txt,-\nin/gov/office-2024.txt\tin/market/2023.txt\n');
    const paired = JSON.parse(nodeCli(['check', '--format', 'json', '--pairs', 'pairs.csv', 'in'], cwd).stdout);
    const prev = (f) => paired.find((x) => x.file === f).previous;
    assert.equal(prev('in/market/2024.txt'), null, '"-" compares with nothing');
    assert.equal(prev('in/gov/office-2024.txt').file, 'in/market/2023.txt');
    assert.equal(prev('in/finance/2024.html').file, 'in/finance/2023.txt', 'the rest stays paired');

    const unpaired = nodeCli(['check', '--format', 'json', '--no-pair', 'in'], cwd);
    for (const x of JSON.parse(unpaired.stdout)) {
      assert.ok(!('previous' in x), x.file);
      assert.ok(![...rulesOf(x)].some((r) => r.startsWith('prev-')), x.file);
    }

    for (const format of ['json', 'text']) {
      const one = nodeCli(['check', '--format', format, '-j', '1', 'in'], cwd);
      const two = nodeCli(['check', '--format', format, '-j2', 'in'], cwd);
      assert.equal(two.stdout, one.stdout, `${format}: worker threads change nothing`);
      assert.equal(two.status, one.status);
    }

    // Two readable reports: 0 when clean, 1 when one has an error.
    rmSync(join(cwd, 'in'), { recursive: true });
    writeFileSync(join(cwd, 'a.txt'), report('青山县财政局', 2024));
    writeFileSync(join(cwd, 'b.txt'), report('青山县教育局', 2024));
    assert.equal(nodeCli(['check', '--no-summary', 'a.txt', 'b.txt'], cwd).status, 0);
    writeFileSync(join(cwd, 'b.txt'), report('青山县教育局', 2024).replace('（七）总计\t31\t4', '（七）总计\t35\t4'));
    assert.equal(nodeCli(['check', '--no-summary', 'a.txt', 'b.txt'], cwd).status, 1);

    const usage = nodeCli(['check', '--previous', 'a.txt', 'a.txt', 'b.txt'], cwd);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--previous is for one report; use --pairs for many/);
    assert.equal(nodeCli(['check', '-j', '0', 'a.txt'], cwd).status, 2);
    const noPairs = nodeCli(['check', '--pairs', 'missing.csv', 'a.txt'], cwd);
    assert.equal(noPairs.status, 2);
    assert.match(noPairs.stderr, /cannot read the pairing file missing\.csv/);
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});

test('the Node CLI prints what the native CLI prints for the same folder, every format and language', { skip: notBuilt || mustRun(nativeCli ? false : 'build/nianbao is absent') }, () => {
  const cwd = makeFolder();
  try {
    writeFileSync(join(cwd, 'pairs.csv'), 'in/market/2024.txt,-\nin/gov/office-2024.txt,in/market/2023.txt\n');
    const runs = [];
    for (const format of ['json', 'csv', 'sarif', 'text']) {
      for (const lang of ['zh', 'en']) runs.push(['--format', format, '--lang', lang, 'in']);
    }
    runs.push(['--format', 'json', '--pairs', 'pairs.csv', '-j', '2', 'in']);
    runs.push(['--no-pair', '--no-summary', 'in/market', 'in/empty.txt']);
    runs.push(['--format', 'csv', 'in/market/2024.txt', 'in/market/2023.txt', 'missing.txt']);
    // standard input in a batch: read once, paired and checked like a file
    const stdin = report('青山县市场监督管理局', 2024);
    runs.push(['--format', 'json', '-', 'in/market/2023.txt']);
    for (const args of runs) {
      const input = args.includes('-') ? stdin : undefined;
      const n = run(nativeCli, ['check', ...args], cwd, input);
      const w = nodeCli(['check', ...args], cwd, input);
      const label = args.join(' ');
      assert.equal(w.status, n.status, `${label}: exit status`);
      assert.ok(w.stdout === n.stdout, `${label}: stdout differs at ${[...w.stdout].findIndex((c, i) => c !== n.stdout[i])}`);
      assert.equal(w.stderr, n.stderr, `${label}: stderr`);
    }
    const fromStdin = JSON.parse(nodeCli(['check', '--format', 'json', '--no-summary', '-', 'in/market/2023.txt'], cwd, stdin).stdout)[0];
    assert.equal(fromStdin.file, 'stdin');
    assert.equal(fromStdin.previous.file, 'in/market/2023.txt', 'standard input is read once: paired, then checked');
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
});
