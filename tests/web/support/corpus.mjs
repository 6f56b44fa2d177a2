// Real reports of ../shared/corpus (never copied into the repo): tests that need them skip when absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './browser.mjs';

export const corpusDir = join(root, '..', 'shared', 'corpus');
export const haveCorpus = existsSync(join(corpusDir, 'reports', '001.txt'));
export const corpusText = (name) => readFileSync(join(corpusDir, name), 'utf8');
export const fixtureText = (name) => readFileSync(join(root, 'tests', 'fixtures', name), 'utf8');
