// Compiled (never run) by types.test.mjs with tsc --noEmit: the declarations fit the documented use.
import { createChecker, decodeBytes, type Checker, type Result, type Rule } from 'nianbao';

async function main(): Promise<void> {
  const checker: Checker = await createChecker();
  const r: Result = checker.check('text', { kind: 'auto', lang: 'zh', name: 'a.txt' });
  const html: string = checker.render(r, { lang: 'en', fragment: true });
  const r2: Result = await checker.checkFile(new Uint8Array([1, 2]), { name: 'a.docx' });
  const r3: Result = await checker.checkFile(new Blob(['x']));
  const rules: Rule[] = checker.rules();
  const csv: string = checker.format([r, r2, r3], 'csv');
  const sarif: string = checker.format(r, 'sarif', { lang: 'en' });
  for (const d of r.diagnostics) {
    const sev: 'error' | 'warning' | 'info' = d.severity;
    void sev;
    if (d.fix && 'cell' in d.fix) void d.fix.value.toFixed();
    if (d.fix && 'text' in d.fix) void d.fix.text.trim();
  }
  const t3 = r.report?.tables['t3'];
  const total: number | null | undefined = t3?.['new']?.['total']?.value;
  const enc: string = decodeBytes(new Uint8Array([0xd6, 0xd0]), 'a.txt').encoding;
  const withFactory = await createChecker({ moduleFactory: async () => ({}), locateFile: (f) => `/assets/${f}` });
  void [html, rules, csv, sarif, total, enc, withFactory];

  // @ts-expect-error lang is zh or en
  checker.check('x', { lang: 'fr' });
  // @ts-expect-error input is a string
  checker.check(new Uint8Array(1));
  // @ts-expect-error unknown format
  checker.format(r, 'xml');
}
void main;
