// Fixes the page writes into the text: one cell, one diagnostic's fix, and 重算合计.
import { cellOf, hasOffset } from './util.js';

/** The edit that writes `value` into cell `key` of `result`'s source text, or null when the cell has no range. */
export function cellEdit(result, key, value) {
  const info = cellOf(result, key);
  if (!info || !hasOffset(info.at)) return null;
  return { from: info.at.offset, to: info.at.offset + (info.at.length || 0), insert: String(value) };
}

// Sets every 总计 cell that the core found wrong to the sum the core computed (its `expected`): row totals
// and table 四 first; the （七）总计 row sums the corrected rows, so it waits for the next round.
const TOTAL_RULES = ['t3-row-total', 't4-total', 't3-results-total'];
export function totalsEdits(result) {
  const diags = ((result && result.diagnostics) || []).filter((d) => TOTAL_RULES.includes(d.rule) && d.cell && typeof d.expected === 'number');
  const edits = new Map();
  for (const d of diags) {
    if (d.rule === 't3-results-total' && diags.some((x) => x.rule === 't3-row-total')) continue; // next round
    const e = cellEdit(result, d.cell, d.expected);
    if (e) edits.set(d.cell, e);
  }
  return [...edits.values()].sort((a, b) => a.from - b.from);
}
