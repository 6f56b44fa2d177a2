// The worker's half of a batch (pool.js): the reading pass (agency, year, template: what pairing needs)
// and the check of one report with last year's report beside it. Runs inside the page's Web Worker.
import { previousInput } from 'nianbao-batch-api';

/**
 * {op: 'brief'|'checkOne', bytes, name, lang, prev?, prevRuns?, prevName?} → a brief or a result. `prevRuns`: last
 * year's report already read as runs JSON (a PDF, read by pdf.js on the page's main thread).
 */
export async function batchOp(checker, { op, bytes, name, lang, prev, prevRuns, prevName }) {
  if (op === 'brief') {
    const r = await checker.extractFile(bytes, { name, lang });
    const rep = r.report || {};
    return { agency: rep.agency || '', title: rep.title || '', year: rep.year ?? null, template: rep.template ?? null };
  }
  if (op === 'checkOne') {
    const opts = { name, lang };
    if (prevRuns) Object.assign(opts, { previous: prevRuns, previousKind: 'pdf-runs', previousName: prevName });
    else if (prev) Object.assign(opts, previousInput(prev, prevName) || {});
    const result = await checker.checkFile(bytes, opts);
    // every batch result says whom it was compared with (null: unpaired), as the CLI's does
    if (!prev && !prevRuns) result.previous = null;
    return result;
  }
  throw new Error(`unknown operation ${op}`);
}
