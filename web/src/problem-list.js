// The problem list: severity/rule filters; entries grouped by table (errors first), each naming its place
// in the report's words, with 应为/实为 as fields, a fix button where the core is certain, review marks
// (已核实 / 忽略 + a note) and its rule id linking to the rule's documentation.
// Interface: setResult(result, marks), render() (after a language switch or a mark), visible() (indices in
// the order shown), mark(i, {focusItem}); callbacks onSelect(i), onFix(i), onRule(id), onReview(i, status, note).
// A re-render keeps the keyboard focus on the same control of the same finding (or on the list itself).
import { applicable } from './fixes.js';
import { SEVS, esc, sevOf } from './util.js';

const GROUPS = ['t2', 't3', 't4', 'doc'];

// Writes only what differs: an unchanged re-check then leaves the list's DOM alone (no style or layout work).
function setText(el, text) {
  if (el.textContent !== text) el.textContent = text;
}
const RANK = { error: 0, warning: 1, info: 2 };

/** The table a finding belongs to: that of its cell (or fix, or first related cell), else 'doc'. */
export function groupOf(d) {
  const key = d.cell || (d.fix && d.fix.cell) || (d.cells && d.cells[0]) || '';
  const tb = String(key).split('.')[0];
  return GROUPS.includes(tb) ? tb : 'doc';
}

export class ProblemList {
  /** @param {{root: ShadowRoot, strings: () => object, lang: () => string, onSelect: Function, onFix: Function,
   *           onRule: Function, onReview: Function}} opts */
  constructor({ root, strings, lang, onSelect, onFix, onRule, onReview }) {
    this._root = root;
    this._strings = strings;
    this._lang = lang;
    this._result = null;
    this._marks = new Map();
    this.current = -1;
    this.filters = { error: true, warning: true, info: true, rule: '' };
    this._list = root.querySelector('.nb-list');
    for (const cb of root.querySelectorAll('.nb-sevfilter input')) {
      cb.addEventListener('change', () => {
        this.filters[cb.value] = cb.checked;
        this.render();
      });
    }
    this._ruleSelect = root.querySelector('.nb-rule-select');
    this._ruleSelect.addEventListener('change', (e) => {
      this.filters.rule = e.target.value;
      this.render();
    });
    this._list.addEventListener('click', (e) => {
      const t = e.target;
      const rule = t.closest('.nb-rule');
      if (rule) {
        e.preventDefault();
        return onRule(rule.dataset.rule);
      }
      const fix = t.closest('.nb-fix');
      if (fix) return onFix(+fix.dataset.index);
      const review = t.closest('.nb-review');
      if (review) return onReview(+review.dataset.index, review.dataset.status, '');
      const unmark = t.closest('.nb-unmark');
      if (unmark) return onReview(+unmark.dataset.index, null, '');
      const item = t.closest('.nb-diag');
      if (item) onSelect(+item.dataset.index);
    });
    this._list.addEventListener('change', (e) => {
      const note = e.target.closest('.nb-reason');
      if (note) onReview(+note.dataset.index, note.dataset.status, note.value);
    });
  }

  _diags() {
    return (this._result && this._result.diagnostics) || [];
  }

  /** `marks`: fingerprint → {status, reason}. */
  setResult(result, marks) {
    this._result = result;
    if (marks) this._marks = marks;
    this._renderRuleOptions();
    this.render();
  }

  _renderRuleOptions() {
    const counts = new Map();
    for (const d of this._diags()) counts.set(d.rule, (counts.get(d.rule) || 0) + 1);
    if (this.filters.rule && !counts.has(this.filters.rule)) this.filters.rule = '';
    const t = this._strings();
    const html =
      `<option value="">${esc(t.allRules)}</option>` +
      [...counts]
        .sort()
        .map(([rule, n]) => `<option value="${esc(rule)}">${esc(rule)} (${n})</option>`)
        .join('');
    if (html !== this._ruleOptions) {
      this._ruleSelect.innerHTML = html;
      this._ruleOptions = html;
    }
    if (this._ruleSelect.value !== this.filters.rule) this._ruleSelect.value = this.filters.rule;
  }

  /** Indices of the diagnostics that pass the filters, in the order shown (by table, errors first). */
  visible() {
    return this._ordered().filter((i) => {
      const d = this._diags()[i];
      return this.filters[sevOf(d)] && (!this.filters.rule || d.rule === this.filters.rule);
    });
  }

  _ordered() {
    const diags = this._diags();
    return diags
      .map((d, i) => i)
      .sort((a, b) => {
        const ga = GROUPS.indexOf(groupOf(diags[a])), gb = GROUPS.indexOf(groupOf(diags[b]));
        if (ga !== gb) return ga - gb;
        const sa = RANK[sevOf(diags[a])], sb = RANK[sevOf(diags[b])];
        return sa !== sb ? sa - sb : a - b;
      });
  }

  render() {
    const t = this._strings();
    const root = this._root;
    for (const s of SEVS) setText(root.querySelector(`.nb-chk-${s} .nb-sev-icon`), t.sevIcon[s]);
    const diags = this._diags();
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of diags) counts[sevOf(d)]++;
    for (const s of SEVS) setText(root.querySelector(`.nb-chk-${s} .nb-sev-count`), `(${counts[s]})`);
    setText(root.querySelector('.nb-count'), this._result ? `(${diags.length})` : '');
    const vis = this.visible();
    let html = '';
    if (!this._result) html = `<p class="nb-empty">${esc(t.noInput)}</p>`;
    else if (!diags.length) html = `<p class="nb-empty">${esc(t.noProblems)}</p>`;
    else if (!vis.length) html = `<p class="nb-empty">${esc(t.filteredOut)}</p>`;
    else {
      for (const g of GROUPS) {
        const items = vis.filter((i) => groupOf(diags[i]) === g);
        if (!items.length) continue;
        html += `<h3 class="nb-group-h" id="nb-group-${g}">${esc(t.groups[g])} <span class="nb-group-count">(${items.length})</span></h3>`;
        html += `<ol class="nb-group" aria-labelledby="nb-group-${g}">${items.map((i) => this._item(diags[i], i, t)).join('')}</ol>`;
      }
    }
    // the same list as shown (a re-check after an edit that changed no finding): the DOM, and the focus, stay
    if (html === this._shown) return;
    const focus = this._focusKey();
    this._list.innerHTML = html;
    this._shown = html;
    this._restoreFocus(focus);
  }

  _item(d, i, t) {
    const sev = sevOf(d);
    const cur = i === this.current;
    const lang = this._lang();
    const place = d.place ? d.place[lang] || d.place.zh : d.cell || '';
    const loc = d.at && d.at.line ? t.line(d.at.line, d.at.column) : '';
    const field = (cls, k, v) => (v === undefined || v === null || v === '' ? '' : `<span class="nb-field ${cls}"><span class="nb-k">${esc(k)}</span> <span class="nb-v">${esc(v)}</span></span>`);
    const fields = field('nb-expected', t.expectedLabel, d.expected) + field('nb-found', t.foundLabel, d.found);
    // a cell's value, or a text (the official label in place of a misspelt one)
    const fixed = applicable(d.fix) ? (d.fix.cell ? d.fix.value : d.fix.text) : null;
    const fixTitle = fixed == null ? '' : d.fix.cell ? t.fixLabel(d.fix.cell, fixed) : t.fixTextLabel(d.found, fixed);
    const fix =
      fixed != null
        ? `<button type="button" class="nb-btn nb-fix" data-index="${i}" title="${esc(fixTitle)}">${esc(t.fix(fixed))}<span class="nb-vh"> (${esc(place || d.fix.cell || '')})</span></button>`
        : '';
    const mark = d.fingerprint ? this._marks.get(d.fingerprint) : null;
    const review = !d.fingerprint
      ? ''
      : mark
        ? `<div class="nb-review-state"><span class="nb-badge nb-badge-${esc(mark.status)}">${esc(t.reviewed[mark.status] || mark.status)}</span>
             <label class="nb-reason-label"><span>${esc(t.reasonLabel)}</span> <input type="text" class="nb-reason" data-index="${i}" data-status="${esc(mark.status)}" value="${esc(mark.reason || '')}"></label>
             <button type="button" class="nb-btn nb-small nb-unmark" data-index="${i}">${esc(t.unmark)}</button></div>`
        : `<button type="button" class="nb-btn nb-small nb-review" data-index="${i}" data-status="verified">${esc(t.verify)}</button><button type="button" class="nb-btn nb-small nb-review" data-index="${i}" data-status="ignored">${esc(t.ignore)}</button>`;
    return `<li class="nb-item nb-item-${sev}${cur ? ' nb-selected' : ''}${mark ? ' nb-reviewed' : ''}" data-index="${i}" data-rule="${esc(d.rule)}" data-fingerprint="${esc(d.fingerprint || '')}">
            <button type="button" class="nb-diag" data-index="${i}"${cur ? ' aria-current="true"' : ''}>
              <span class="nb-sev nb-sev-${sev}"><span aria-hidden="true">${t.sevIcon[sev]}</span> ${esc(t[sev])}</span>
              ${place ? `<span class="nb-place">${esc(place)}</span>` : ''}
              <span class="nb-msg">${esc(d.message)}</span>
              ${fields ? `<span class="nb-fields">${fields}</span>` : ''}
              ${loc ? `<span class="nb-loc">${esc(loc)}</span>` : ''}
            </button>
            <div class="nb-actions">${fix}${mark ? '' : review}<a href="#" class="nb-rule" data-rule="${esc(d.rule)}" title="${esc(t.ruleDocOpen(d.rule))}">${esc(d.rule)}</a></div>
            ${mark ? review : ''}</li>`;
  }

  // Which control of which finding has the focus, so a re-render can give it back.
  _focusKey() {
    const a = this._root.activeElement;
    if (!a || !this._list.contains(a)) return null;
    const li = a.closest('.nb-item');
    const control = ['nb-diag', 'nb-fix', 'nb-review', 'nb-unmark', 'nb-reason', 'nb-rule'].find((c) => a.classList.contains(c)) || 'nb-diag';
    return { fingerprint: li ? li.dataset.fingerprint : '', index: li ? +li.dataset.index : -1, control, status: a.dataset.status || '', position: li ? [...this._list.querySelectorAll('.nb-item')].indexOf(li) : 0 };
  }

  _restoreFocus(key) {
    if (!key) return;
    const items = [...this._list.querySelectorAll('.nb-item')];
    let li = (key.fingerprint && items.find((x) => x.dataset.fingerprint === key.fingerprint)) || null;
    if (!li && !key.fingerprint) li = items.find((x) => +x.dataset.index === key.index) || null;
    if (!li) li = items[Math.min(key.position, items.length - 1)] || null; // the finding is gone: its neighbour
    let target = null;
    if (li) {
      const candidates = [...li.querySelectorAll(`.${key.control}`)];
      target = candidates.find((c) => !key.status || c.dataset.status === key.status) || candidates[0];
      // a review button becomes the note field once marked, and the other way round
      if (!target && key.control === 'nb-review') target = li.querySelector('.nb-reason');
      if (!target && (key.control === 'nb-unmark' || key.control === 'nb-reason')) target = li.querySelector('.nb-review');
      if (!target) target = li.querySelector('.nb-diag');
    }
    (target || this._list).focus({ preventScroll: true });
  }

  /** Marks entry i as the current one; with focusItem, moves the focus to it (unless the clerk is typing). */
  mark(i, { focusItem = false } = {}) {
    this.current = i;
    this._shown = null; // the DOM now differs from the last rendering
    for (const li of this._list.querySelectorAll('.nb-item')) {
      const on = +li.dataset.index === i;
      li.classList.toggle('nb-selected', on);
      const b = li.querySelector('.nb-diag');
      if (on) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
      if (on) {
        li.scrollIntoView({ block: 'nearest' });
        if (focusItem && !this._root.activeElement?.closest?.('.cm-editor')) b.focus({ preventScroll: true });
      }
    }
  }

  focusFirst() {
    const first = this._list.querySelector('.nb-diag');
    (first || this._list).focus({ preventScroll: true });
  }
}
