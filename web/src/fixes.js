// Which cells the page writes, and with what value: one fix, all certain fixes, 重算合计. How a value is
// written into the source (layouts, escaping, refusing non-numbers) is the core's (engine.cellWrite).
import { cellOf, hasOffset } from './util.js';

/** The source range {from, to} of cell `key` in the text `result` was made from, or null. */
export function cellRange(result, key) {
  const info = cellOf(result, key);
  if (!info || !hasOffset(info.at)) return null;
  return { from: info.at.offset, to: info.at.offset + (info.at.length || 0) };
}

/** Every certain fix of the result as [{cell, value}], leaving out cells that two fixes disagree on. */
export function certainFixes(result, skip = () => false) {
  const byCell = new Map();
  const conflict = new Set();
  for (const d of (result && result.diagnostics) || []) {
    if (!d.fix || !d.fix.cell || d.fix.value == null || skip(d)) continue;
    const v = String(d.fix.value);
    if (byCell.has(d.fix.cell) && byCell.get(d.fix.cell) !== v) conflict.add(d.fix.cell);
    byCell.set(d.fix.cell, v);
  }
  return [...byCell].filter(([cell]) => !conflict.has(cell)).map(([cell, value]) => ({ cell, value }));
}

// Sets every 总计 cell that the core found wrong to the sum the core computed (its `expected`): row totals
// and table 四 first; the （七）总计 row sums the corrected rows, so it waits for the next round.
// TODO(H9 merge): the core's "recompute totals" operation replaces this list of rule ids.
const TOTAL_RULES = ['t3-row-total', 't4-total', 't3-results-total', 't3-total-blank'];
export function totalsTargets(result) {
  const diags = ((result && result.diagnostics) || []).filter((d) => TOTAL_RULES.includes(d.rule) && d.cell);
  const out = new Map();
  for (const d of diags) {
    if (d.rule === 't3-results-total' && diags.some((x) => x.rule === 't3-row-total')) continue; // next round
    const value = d.fix && d.fix.cell === d.cell ? d.fix.value : d.expected;
    if (typeof value !== 'number' || !cellRange(result, d.cell)) continue;
    const blank = cellOf(result, d.cell).raw === '' || cellOf(result, d.cell).value == null;
    out.set(d.cell, { cell: d.cell, value, blank });
  }
  return [...out.values()];
}
