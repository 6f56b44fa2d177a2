// The worker's half of a batch (pool.js): the reading pass (agency, year, template: what pairing needs)
// and the check of one report with last year's report beside it. Runs inside the page's Web Worker.
import { previousInput } from 'nianbao-batch-api';

/** {op: 'brief'|'checkOne', bytes, name, lang, prev?, prevName?} → a brief or a result. */
export async function batchOp(checker, { op, bytes, name, lang, prev, prevName }) {
  if (op === 'brief') {
    const r = await checker.extractFile(bytes, { name, lang });
    const rep = r.report || {};
    return { agency: rep.agency || '', title: rep.title || '', year: rep.year ?? null, template: rep.template ?? null };
  }
  if (op === 'checkOne') {
    const opts = { name, lang };
    if (prev) Object.assign(opts, previousInput(prev, prevName) || {});
    const result = await checker.checkFile(bytes, opts);
    // every batch result says whom it was compared with (null: unpaired), as the CLI's does
    if (!prev) result.previous = null;
    return result;
  }
  throw new Error(`unknown operation ${op}`);
}
