// Which cells the page writes, and with what value: one fix, all certain fixes, 重算合计. How a value is
// written into the source (layouts, escaping, refusing non-numbers) is the core's (engine.cellWrite).
// A text fix (an official label for a misspelt one) is a plain replacement the core found safe.
import { cellOf, hasOffset } from './util.js';

/** The source range {from, to} of cell `key` in the text `result` was made from, or null. */
export function cellRange(result, key) {
  const info = cellOf(result, key);
  if (!info || !hasOffset(info.at)) return null;
  return { from: info.at.offset, to: info.at.offset + (info.at.length || 0) };
}

/**
 * A text fix ({at, text}: range in the checked text) as an editor change {from, to, insert}, or null when
 * `fix` is none (a cell fix, or {text, text_at}: a place in canonical_text of a file the page does not edit).
 */
export function textChange(fix) {
  if (!fix || typeof fix.text !== 'string' || !hasOffset(fix.at)) return null;
  return { from: fix.at.offset, to: fix.at.offset + (fix.at.length || 0), insert: fix.text };
}

/** Whether the page can apply `fix` (a diagnostic's): a cell and its value, or a text fix in the checked text. */
export function applicable(fix) {
  return !!fix && ((!!fix.cell && fix.value != null) || !!textChange(fix));
}

/**
 * The core's one consistent set of certain fixes (result.fixes.certain: [{cell, value}] and text fixes
 * [{at, text}]), leaving out the fixes of findings the clerk marked 忽略 (`ignored(d)`).
 */
export function certainFixes(result, ignored = () => false) {
  const skip = new Set();
  for (const d of (result && result.diagnostics) || []) {
    if (!ignored(d)) continue;
    if (d.cell) skip.add(d.cell);
    if (d.fix && d.fix.cell) skip.add(d.fix.cell);
    if (textChange(d.fix)) skip.add(`@${d.fix.at.offset}`);
  }
  const certain = (result && result.fixes && result.fixes.certain) || [];
  return certain.filter((f) => (f.cell ? !skip.has(f.cell) : textChange(f) && !skip.has(`@${f.at.offset}`)));
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
