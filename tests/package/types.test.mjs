// The tarball's declarations in a fresh TypeScript project: tsc --strict (skipLibCheck off) under the
// three module resolutions integrators use, for every entry point, with errors where the API says no.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skip, freshProject, node, bin } from './support.mjs';

// Used the way the README shows; @ts-expect-error lines fail the build if the types went lax (any).
const USE = `
async function use(): Promise<void> {
  const checker: Checker = await createChecker({ wasmUrl: '/assets/nianbao-core.wasm' });
  const r: Result = checker.check('text', { lang: 'zh-CN', kind: 'auto', name: 'a.txt' });
  const html: string = checker.render(r, { lang: 'en-US', fragment: true });
  const csv: string = checker.format([r], 'csv');
  const n: number = r.summary.errors;
  const fp: string | undefined = r.diagnostics[0]?.fingerprint;
  const tool: string | undefined = r.tool?.version;
  const w: AsyncChecker = await createWorkerChecker();
  const r2: Result = await w.check('text');
  const rules: Rule[] = await w.rules();
  w.terminate();
  void [html, csv, n, fp, tool, r2, rules];
  // @ts-expect-error only Chinese and English
  checker.check('x', { lang: 'fr' });
  // @ts-expect-error the input is a string
  checker.check(new Uint8Array(1));
  // @ts-expect-error the worker's methods return promises
  const sync: Result = w.check('x');
  void sync;
}
void use;
`;

const ESM = `
import { createChecker, createWorkerChecker, type Checker, type Result, type Rule, type AsyncChecker } from 'nianbao';
import { createChecker as single } from 'nianbao/single';
import { createChecker as split } from 'nianbao/split';
import { createChecker as bare, type ModuleFactory } from 'nianbao/checker';
import coreFactory from 'nianbao/core';
import singleFactory from 'nianbao/core.single';
import 'nianbao/classic';
import type { NianbaoCheckerElement } from 'nianbao/element';
${USE}
async function entries(): Promise<void> {
  const f: ModuleFactory = coreFactory;
  const c1: Checker = await bare({ moduleFactory: f, wasmBinary: new Uint8Array(8) });
  const c2: Checker = await bare({ moduleFactory: singleFactory });
  const c3: Checker = await single();
  const c4: Checker = await split({ locateFile: (file) => '/x/' + file });
  const c5: Checker = await globalThis.nianbao.createChecker();
  const el: NianbaoCheckerElement = document.createElement('nianbao-checker');
  el.value = 'report';
  el.addEventListener('nianbao-result', (e) => { const errors: number = e.detail.summary.errors; void errors; });
  const found: NianbaoCheckerElement | null = document.querySelector('nianbao-checker');
  void [c1, c2, c3, c4, c5, found];
}
void entries;
`;

const CJS = `
import nianbao = require('nianbao');
import checkerOnly = require('nianbao/checker');
import core = require('nianbao/core');
type Checker = nianbao.Checker;
type Result = nianbao.Result;
type Rule = nianbao.Rule;
type AsyncChecker = nianbao.AsyncChecker;
const { createChecker, createWorkerChecker } = nianbao;
${USE}
async function bare(): Promise<void> {
  const c: Checker = await checkerOnly.createChecker({ moduleFactory: core.default });
  void c;
}
void bare;
`;

const NODE10 = `
import { createChecker, createWorkerChecker, Checker, Result, Rule, AsyncChecker } from 'nianbao';
import { createChecker as bare } from 'nianbao/checker';
import coreFactory from 'nianbao/core';
import 'nianbao/element';
${USE}
async function more(): Promise<void> {
  const c: Checker = await bare({ moduleFactory: coreFactory });
  const el = document.createElement('nianbao-checker');
  const v: string = el.value;
  void [c, v];
}
void more;
`;

const base = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2020', lib: ['es2020', 'dom'], types: [] };
const configs = {
  node16: { compilerOptions: { ...base, module: 'node16', moduleResolution: 'node16' }, files: ['src/esm.mts', 'src/cjs.cts'] },
  bundler: { compilerOptions: { ...base, module: 'esnext', moduleResolution: 'bundler' }, files: ['src/bundler.ts'] },
  node10: { compilerOptions: { ...base, module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true }, files: ['src/node10.ts'] },
};

describe('TypeScript in a fresh project', { skip }, () => {
  let dir;
  before(() => {
    dir = freshProject('types', { 'src/esm.mts': ESM, 'src/cjs.cts': CJS, 'src/bundler.ts': ESM, 'src/node10.ts': NODE10 });
    for (const [name, cfg] of Object.entries(configs)) writeFileSync(join(dir, `tsconfig.${name}.json`), JSON.stringify(cfg, null, 2));
  });
  for (const name of Object.keys(configs)) {
    test(`tsc --strict, moduleResolution ${name}`, () => {
      const r = node([bin('typescript', 'bin/tsc'), '-p', `tsconfig.${name}.json`], { cwd: dir });
      assert.equal(r.status, 0, r.stdout + r.stderr);
    });
  }
});
