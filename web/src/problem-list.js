// The problem list: severity/rule filters, one entry per diagnostic, the current one marked, fix buttons.
// Interface: setResult(result), render() (after a language switch), visible() (indices after filters),
// mark(i, {focusItem}), focusFirst(); callbacks onSelect(i) and onFix(i).
import { SEVS, esc, sevOf } from './util.js';

export class ProblemList {
  /** @param {{root: ShadowRoot, strings: () => object, onSelect: (i: number) => void, onFix: (i: number) => void}} opts */
  constructor({ root, strings, onSelect, onFix }) {
    this._root = root;
    this._strings = strings;
    this._result = null;
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
      const fix = e.target.closest('.nb-fix');
      if (fix) return onFix(+fix.dataset.index);
      const item = e.target.closest('.nb-diag');
      if (item) onSelect(+item.dataset.index);
    });
  }

  _diags() {
    return (this._result && this._result.diagnostics) || [];
  }

  setResult(result) {
    this._result = result;
    this._renderRuleOptions();
    this.render();
  }

  _renderRuleOptions() {
    const counts = new Map();
    for (const d of this._diags()) counts.set(d.rule, (counts.get(d.rule) || 0) + 1);
    if (this.filters.rule && !counts.has(this.filters.rule)) this.filters.rule = '';
    const t = this._strings();
    this._ruleSelect.innerHTML =
      `<option value="">${esc(t.allRules)}</option>` +
      [...counts]
        .sort()
        .map(([rule, n]) => `<option value="${esc(rule)}">${esc(rule)} (${n})</option>`)
        .join('');
    this._ruleSelect.value = this.filters.rule;
  }

  /** Indices of the diagnostics that pass the filters, in list order. */
  visible() {
    const out = [];
    this._diags().forEach((d, i) => {
      if (!this.filters[sevOf(d)]) return;
      if (this.filters.rule && d.rule !== this.filters.rule) return;
      out.push(i);
    });
    return out;
  }

  render() {
    const t = this._strings();
    const root = this._root;
    for (const s of SEVS) root.querySelector(`.nb-chk-${s} .nb-sev-icon`).textContent = t.sevIcon[s];
    const diags = this._diags();
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of diags) counts[sevOf(d)]++;
    for (const s of SEVS) root.querySelector(`.nb-chk-${s} .nb-sev-count`).textContent = `(${counts[s]})`;
    root.querySelector('.nb-count').textContent = this._result ? `(${diags.length})` : '';
    const vis = this.visible();
    const list = this._list;
    if (!this._result) list.innerHTML = `<li class="nb-empty">${esc(t.noInput)}</li>`;
    else if (!diags.length) list.innerHTML = `<li class="nb-empty">${esc(t.noProblems)}</li>`;
    else if (!vis.length) list.innerHTML = `<li class="nb-empty">${esc(t.filteredOut)}</li>`;
    else list.innerHTML = vis.map((i) => this._item(diags[i], i, t)).join('');
  }

  _item(d, i, t) {
    const sev = sevOf(d);
    const cur = i === this.current;
    const loc = [d.cell ? `${t.cell} ${d.cell}` : '', d.at && d.at.line ? t.line(d.at.line, d.at.column) : ''].filter(Boolean).join(' · ');
    const fix =
      d.fix && d.fix.cell && d.fix.value != null
        ? `<button type="button" class="nb-btn nb-fix" data-index="${i}" title="${esc(t.fixLabel(d.fix.cell, d.fix.value))}">${esc(t.fix(d.fix.value))}<span class="nb-vh"> (${esc(d.fix.cell)})</span></button>`
        : '';
    return `<li class="nb-item nb-item-${sev}${cur ? ' nb-selected' : ''}" data-index="${i}" data-rule="${esc(d.rule)}">
            <button type="button" class="nb-diag" data-index="${i}"${cur ? ' aria-current="true"' : ''}>
              <span class="nb-sev nb-sev-${sev}"><span aria-hidden="true">${t.sevIcon[sev]}</span> ${esc(t[sev])}</span>
              <code class="nb-rule">${esc(d.rule)}</code>
              <span class="nb-msg">${esc(d.message)}</span>
              ${loc ? `<span class="nb-loc">${esc(loc)}</span>` : ''}
            </button>${fix}</li>`;
  }

  /** Marks entry i as the current one; with focusItem, moves the focus to it (unless the clerk is typing). */
  mark(i, { focusItem = false } = {}) {
    this.current = i;
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
    if (first) first.focus({ preventScroll: true });
  }
}
