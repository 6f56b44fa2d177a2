#!/usr/bin/env node
// nianbao on WebAssembly: the same interface, output and exit codes as the native CLI (cli/main.cpp).
//   nianbao check [--format text|json|csv|sarif] [--lang zh|en] [--previous FILE] [--published DATE] [--marks FILE] FILE... | -
//     many files or a FOLDER are a batch (js/cli-batch.mjs): [-j N] [--pairs FILE] [--no-pair] [--no-summary]
//   nianbao render FILE [--lang zh|en] [-o OUT.html]
//   nianbao extract FILE
//   nianbao rules [--format json|text]
//   nianbao --version | --help
// Exit status: 0 no errors; 1 at least one error diagnostic; 2 usage or I/O failure.
import { readFileSync, writeFileSync } from 'node:fs';
import { createChecker, normalizeLang } from './index.mjs';
import { collectInputs } from './collect-inputs.mjs';

// As the native CLI prints it (tests/node/differential.test.mjs compares usage errors byte for byte).
const USAGE =
  'usage:\n' +
  '  nianbao check [--format text|json|csv|sarif] [--lang zh|en] [--previous FILE] [--published DATE] [--marks FILE] FILE... | -\n' +
  '  nianbao render FILE [--lang zh|en] [-o OUT.html]\n' +
  '  nianbao extract FILE\n' +
  '  nianbao rules [--format json|text]\n';
const HELP = USAGE +
  '  nianbao runs FILE.pdf|FILE.ofd   (positioned text runs as JSON, for check --runs: docs/runs.md)\n' +
  '  nianbao --version | --help\n' +
  '--lang takes zh or en, or a BCP 47 tag of either (zh-CN, en-US).\n' +
  "--previous FILE: last year's report of the same body (cross-year rules); --published DATE: YYYY-MM-DD.\n" +
  'Many files or a FOLDER (searched recursively) are a batch: -j N files at a time (default:\n' +
  "one per core); reports of the same agency's consecutive years are paired; --pairs FILE (lines\n" +
  '"THIS_YEAR,PREVIOUS") overrides the pairing, --no-pair turns it off; --no-summary.\n' +
  'Exit status: 0 no errors found, 1 errors found, 2 usage or I/O failure (in a batch: a file not readable).\n';

function usageError(why) {
  process.stderr.write(`nianbao: ${why}\n${USAGE}`);
  return 2;
}

// -j N: a positive number of at most four digits (as the native CLI takes it).
function parseJobs(v) {
  return /^[0-9]{1,4}$/.test(v) && Number(v) > 0 ? Number(v) : null;
}

function readAll(path) {
  try {
    return readFileSync(path === '-' ? 0 : path);
  } catch {
    return null;
  }
}

function write(text) {
  return new Promise((resolve) => {
    if (text.length === 0) return resolve();
    process.stdout.write(text, () => resolve());
  });
}

function packageVersion() {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

async function main(args) {
  if (args.length === 0) return usageError('no command');
  const cmd = args[0];
  if (cmd === '-h' || cmd === '--help' || cmd === 'help') {
    await write(HELP);
    return 0;
  }
  if (cmd === '-V' || cmd === '--version' || cmd === 'version') {
    const checker = await createChecker();
    await write(`nianbao ${packageVersion()} (core ${checker.version()}, WebAssembly)\n`);
    return 0;
  }
  let format = cmd === 'rules' ? 'json' : 'text';
  let lang = 'zh';
  let outPath = '';
  let previous = '';
  let published = '';
  let marksPath = '';
  let pairsPath = '';
  let jobsText = '';
  let pair = true;
  let summary = true;
  const files = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i];
    const value = () => (i + 1 < args.length ? args[++i] : null);
    if (a === '--format' || a === '-f') {
      if ((format = value()) === null) return usageError('--format needs a value');
    } else if (a.startsWith('--format=')) {
      format = a.slice(9);
    } else if (a === '--lang') {
      if ((lang = value()) === null) return usageError('--lang needs a value');
    } else if (a.startsWith('--lang=')) {
      lang = a.slice(7);
    } else if (a === '-o' || a === '--output') {
      if ((outPath = value()) === null) return usageError('-o needs a file');
    } else if (a === '--runs') {
      // runs JSON (docs/runs.md) is recognised by its first key: accepted for the native CLI's sake
    } else if (a === '--published') {
      if ((published = value()) === null) return usageError('--published needs a date');
    } else if (a === '--pairs') {
      if ((pairsPath = value()) === null) return usageError('--pairs needs a file');
    } else if (a === '-j' || a === '--jobs') {
      if ((jobsText = value()) === null) return usageError('-j needs a number');
    } else if (a.startsWith('-j') && a.length > 2 && a[2] !== '-') {
      jobsText = a.slice(2);
    } else if (a === '--no-pair') {
      pair = false;
    } else if (a === '--no-summary') {
      summary = false;
    } else if (a === '--marks') {  // review marks (docs/review-marks.md): reviewed errors do not fail
      if ((marksPath = value()) === null) return usageError('--marks needs a file');
    } else if (a === '--previous') {
      if ((previous = value()) === null) return usageError('--previous needs a file');
    } else if (a === '-h' || a === '--help') {
      await write(HELP);
      return 0;
    } else if (a.length > 1 && a[0] === '-' && a !== '-') {
      return usageError(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  try {
    lang = normalizeLang(lang);
  } catch {
    return usageError('--lang must be zh or en');
  }
  const jobs = jobsText ? parseJobs(jobsText) : 0;
  if (jobs === null) return usageError('-j needs a positive number');

  if (cmd === 'rules') {
    const checker = await createChecker();
    const rules = checker.rules();
    if (format === 'json') {
      await write(checker.format(rules, 'json'));
    } else {
      await write(rules.map((r) => `${r.id}\t${r.severity}\t${r.title[lang]}\n`).join(''));
    }
    return 0;
  }
  if (cmd === 'runs') return (await import('./pdf-cli.mjs')).runsCommand(files);  // PDF/OFD: docs/runs.md
  if (cmd !== 'check' && cmd !== 'extract' && cmd !== 'render') return usageError(`unknown command ${cmd}`);
  if (files.length === 0) return usageError('no input file (use - for standard input)');
  if (cmd === 'check' && !['text', 'json', 'csv', 'sarif'].includes(format)) {
    return usageError('--format must be text, json, csv or sarif');
  }
  if (cmd === 'check') {
    // Many files, a folder or a pairing file: a batch, as in the native CLI.
    const inputs = collectInputs(files);
    if (inputs.files.length > 1 || inputs.anyFolder || pairsPath) {
      if (previous) return usageError('--previous is for one report; use --pairs for many');
      if (marksPath) return usageError('--marks is for one report');
      const { runBatch } = await import('./cli-batch.mjs');
      return runBatch(inputs.files, inputs.skipped,
        { format, lang, jobs, pair, pairsFile: pairsPath, published, summary },
        { out: write, err: (text) => process.stderr.write(text) });
    }
  }
  const previousBytes = previous ? readAll(previous) : null;
  if (previous && previousBytes === null) {
    process.stderr.write(`nianbao: cannot read ${previous}\n`);
    return 2;
  }

  const checker = await createChecker();
  let results = [];
  for (const f of files) {
    const bytes = readAll(f);
    if (bytes === null) {
      process.stderr.write(`nianbao: cannot read ${f}\n`);
      return 2;
    }
    const opts = { name: f === '-' ? 'stdin' : f, lang };
    if (published) opts.published = published;
    if (previousBytes) Object.assign(opts, (await checker.previousFrom(previousBytes, { name: previous })) || {});  // PDF/OFD as runs
    const result = cmd === 'extract' ? await checker.extractFile(bytes, opts) : await checker.checkFile(bytes, opts);
    // As the native CLI: a .docx that could not be unpacked is named on stderr with why (its result says it too).
    const unpacked = result.input && result.input.kind === 'docx' && (result.diagnostics || []).find((d) => d.rule === 'input-unreadable');
    if (unpacked) process.stderr.write(`nianbao: ${opts.name}: ${unpacked.message}\n`);
    results.push(result);
  }

  if (marksPath) {
    const marks = readAll(marksPath);
    if (marks === null) {
      process.stderr.write(`nianbao: cannot read ${marksPath}\n`);
      return 2;
    }
    try {
      results = checker.applyReviewMarks(results, new TextDecoder().decode(marks));
    } catch (e) {
      process.stderr.write(`nianbao: ${marksPath}: ${String(e.message).replace(/^nianbao: applyReviewMarks: /, '')}\n`);
      return 2;
    }
  }

  if (cmd === 'extract') {
    await write(checker.format(results.length === 1 ? results[0].report : results.map((r) => r.report), 'json'));
    return 0;
  }
  if (cmd === 'render') {
    const html = checker.render(results[0], { lang });
    if (!outPath) {
      await write(html);
    } else {
      try {
        writeFileSync(outPath, html);
      } catch {
        process.stderr.write(`nianbao: cannot write ${outPath}\n`);
        return 2;
      }
    }
  } else {
    await write(checker.format(results, format, { lang }));
  }
  return checker.openErrors(results) > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => {
    process.stderr.write(`nianbao: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  });
