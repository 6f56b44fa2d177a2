// A rule's documentation inside the page, offline: the same catalogue row docs/rules/<id>.md is generated
// from (tools/gen-rule-docs), taken from the core's rule catalogue, so the page needs no extra file.
import { esc } from './util.js';

/** HTML for the rule `r` (a row of checker.rules()) in `lang`. */
export function ruleDocHtml(r, lang, t) {
  const pick = (v) => (v && typeof v === 'object' ? v[lang] || v.zh || '' : v || '');
  const rows = [
    [t.ruleDoc.severity, t[r.severity] || r.severity],
    [t.ruleDoc.applies, r.applies],
  ];
  let html = `<p class="nb-ruledoc-meta">${rows.map(([k, v]) => `<span><b>${esc(k)}</b> ${esc(v)}</span>`).join(' · ')}</p>`;
  html += `<p>${esc(pick(r.description))}</p>`;
  if (r.formula) html += `<p><b>${esc(t.ruleDoc.formula)}</b></p><pre class="nb-formula">${esc(r.formula)}</pre>`;
  if (r.example && (r.example.fail || r.example.pass)) {
    html += '<ul class="nb-examples">';
    if (r.example.fail) html += `<li><b>${esc(t.ruleDoc.fails)}</b> ${esc(r.example.fail)}</li>`;
    if (r.example.pass) html += `<li><b>${esc(t.ruleDoc.passes)}</b> ${esc(r.example.pass)}</li>`;
    html += '</ul>';
  }
  if (pick(r.fix)) html += `<p><b>${esc(t.ruleDoc.howToFix)}</b> ${esc(pick(r.fix))}</p>`;
  return html;
}
