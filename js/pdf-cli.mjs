#!/usr/bin/env node
// `nianbao runs FILE.pdf|FILE.ofd`: prints the positioned text runs (docs/runs.md) that the core reads,
// for `nianbao check --runs` (the native CLI, which has no PDF reader of its own, runs this script).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPositioned } from './pdf-node.mjs';

/** Writes each file's runs JSON; returns the exit status (2 when a file is unreadable or not PDF/OFD). */
export async function runsCommand(files, write = (s) => process.stdout.write(s)) {
  if (files.length !== 1) {
    process.stderr.write('nianbao: runs takes one PDF or OFD file\n');
    return 2;
  }
  let bytes;
  try {
    bytes = new Uint8Array(readFileSync(files[0] === '-' ? 0 : files[0]));
  } catch (e) {
    process.stderr.write(`nianbao: cannot read ${files[0]}\n`);
    return 2;
  }
  let out;
  try {
    out = await readPositioned(bytes);
  } catch (e) {
    process.stderr.write(`${e && e.message ? e.message : e}\n`);
    return 2;
  }
  if (!out) {
    process.stderr.write(`nianbao: ${files[0]} is neither a PDF nor an OFD file\n`);
    return 2;
  }
  await new Promise((resolve) => write(out.json, resolve) !== false || resolve());
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runsCommand(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
