// Which cells the page writes, and with what value: one fix, all certain fixes, 重算合计. How a value is
// written into the source (layouts, escaping, refusing non-numbers) is the core's (engine.cellWrite).
import { cellOf, hasOffset } from './util.js';

/** The source range {from, to} of cell `key` in the text `result` was made from, or null. */
export function cellRange(result, key) {
  const info = cellOf(result, key);
  if (!info || !hasOffset(info.at)) return null;
  return { from: info.at.offset, to: info.at.offset + (info.at.length || 0) };
}

/**
 * The core's one consistent set of certain fixes (result.fixes.certain) as [{cell, value}], leaving out the
 * cells of findings the clerk marked 忽略 (`ignored(d)`).
 */
export function certainFixes(result, ignored = () => false) {
  const skip = new Set();
  for (const d of (result && result.diagnostics) || []) {
    if (!ignored(d)) continue;
    if (d.cell) skip.add(d.cell);
    if (d.fix && d.fix.cell) skip.add(d.fix.cell);
  }
  const certain = (result && result.fixes && result.fixes.certain) || [];
  return certain.filter((f) => !skip.has(f.cell)).map((f) => ({ cell: f.cell, value: f.value }));
}

/**
 * 重算合计: every 总计 cell set to the sum of its parts, as the core computed it in one consistent order
 * (result.fixes.totals: row totals, （七）总计, blank totals included). `blank` marks the cells that were empty.
 */
export function totalsTargets(result) {
  const totals = (result && result.fixes && result.fixes.totals) || [];
  return totals
    .filter((f) => cellRange(result, f.cell))
    .map((f) => {
      const info = cellOf(result, f.cell);
      return { cell: f.cell, value: f.value, blank: !info || info.raw === '' || info.value == null };
    });
}
