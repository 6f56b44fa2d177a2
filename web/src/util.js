// Small helpers shared by the parts of the page.
export const SEVS = ['error', 'warning', 'info'];

export const esc = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

/** Severity of a diagnostic as one of SEVS (anything unknown counts as info). */
export const sevOf = (d) => (SEVS.includes(d && d.severity) ? d.severity : 'info');

/** The report cell `key` ("t3.r1.total") of a result, or undefined. */
export function cellOf(result, key) {
  const [tb, row, col] = String(key).split('.');
  const tables = result && result.report && result.report.tables;
  return tables && tables[tb] && tables[tb][row] && tables[tb][row][col];
}

/** True when a source range can be written to ({offset, length}). */
export const hasOffset = (at) => !!at && typeof at.offset === 'number';
