// The report as the official tables (the core's rendering), with editable number cells.
// Interface: show(result, html, {editable}), highlight(diagnostic), refocus(key) after a re-render, the `box`
// element (for copying); callbacks onCellEdit(key, value) when an edited cell is confirmed and onReference(i)
// when a reference to the core's problem n° i+1 is clicked.
import { cellOf, hasOffset } from './util.js';

const RANK = { error: 3, warning: 2, info: 1 };

export class ReportView {
  /** @param {{box: Element, root: ShadowRoot, strings: () => object, onCellEdit: (key: string, value: string) => void,
   *           onReference: (i: number) => void}} opts */
  constructor({ box, root, strings, onCellEdit, onReference }) {
    this.box = box;
    this._root = root;
    this._strings = strings;
    this._onCellEdit = onCellEdit;
    this._onReference = onReference;
    this._refocusCell = null;
    this._wire();
  }

  /** Places the core's rendering of `result` (html) and makes its number cells editable when `editable`. */
  show(result, html, { editable }) {
    const box = this.box;
    if (!result) {
      box.innerHTML = '';
      return;
    }
    // The core draws the official tables (every cell with data-cell, missing ones marked) and escapes
    // all report text; the page only places it.
    box.innerHTML = html || '';
    // our own problem list (filters, fixes, keyboard) replaces the one inside the rendering
    for (const item of box.querySelectorAll('[id^="nb-diag-"]')) {
      const sec = item.closest('section, .nb-problems-section') || item.closest('ol, ul');
      if (sec && sec !== box && box.contains(sec)) sec.remove();
    }
    const sevOf = {};
    const related = new Set();
    for (const d of result.diagnostics || []) {
      if (d.cell && (RANK[d.severity] || 0) > (RANK[sevOf[d.cell]] || 0)) sevOf[d.cell] = d.severity;
      for (const c of d.cells || []) related.add(c);
    }
    const t = this._strings();
    for (const td of box.querySelectorAll('td[data-cell], th[data-cell]')) {
      const key = td.dataset.cell;
      if (sevOf[key] && !td.dataset.severity) td.dataset.severity = sevOf[key];
      if (related.has(key) && !sevOf[key]) td.classList.add('nb-rel');
      const info = cellOf(result, key);
      if (editable && info && hasOffset(info.at)) this._makeEditable(td, key, t);
    }
    if (this._refocusCell) {
      const ed = box.querySelector(`[data-edit-cell="${CSS.escape(this._refocusCell)}"]`);
      this._refocusCell = null;
      if (ed) ed.focus();
    }
  }

  _makeEditable(td, key, t) {
    // edit only the value itself, not the icons, references and screen-reader notes around it
    let target = td.querySelector('.nb-raw');
    if (!target) {
      target = document.createElement('span');
      target.className = 'nb-raw';
      target.textContent = td.textContent;
      td.textContent = '';
      td.appendChild(target);
    }
    target.setAttribute('contenteditable', 'plaintext-only');
    target.setAttribute('spellcheck', 'false');
    target.setAttribute('role', 'textbox');
    target.setAttribute('aria-label', t.cellLabel(key));
    target.tabIndex = 0;
    target.dataset.editCell = key;
    target.classList.add('nb-editable');
    td.classList.add('nb-has-editable');
  }

  /** After the next show(), the editable cell `key` gets the focus back. */
  refocus(key) {
    this._refocusCell = key;
  }

  /** Marks the cell of diagnostic d (and its related cells) and scrolls it into view. */
  highlight(d) {
    const box = this.box;
    for (const el of box.querySelectorAll('.nb-current, .nb-current-rel')) el.classList.remove('nb-current', 'nb-current-rel');
    if (!d) return;
    for (const c of d.cells || []) {
      const td = box.querySelector(`[data-cell="${CSS.escape(c)}"]`);
      if (td) td.classList.add('nb-current-rel');
    }
    if (d.cell) {
      const td = box.querySelector(`[data-cell="${CSS.escape(d.cell)}"]`);
      if (td) {
        td.classList.add('nb-current');
        td.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
    }
  }

  setBusy(on) {
    this.box.setAttribute('aria-busy', on ? 'true' : 'false');
  }

  _wire() {
    const box = this.box;
    box.addEventListener('click', (e) => {
      // references to the core's own problem list go to ours instead (and never touch the host page's URL)
      const a = e.target.closest && e.target.closest('a[href^="#nb-diag-"]');
      if (a) {
        e.preventDefault();
        const n = parseInt(a.getAttribute('href').slice(9), 10);
        if (n > 0) this._onReference(n - 1);
        return;
      }
      const td = e.target.closest && e.target.closest('td.nb-has-editable');
      if (td && !e.target.closest('.nb-editable')) td.querySelector('.nb-editable').focus();
    });
    box.addEventListener('focusin', (e) => {
      const td = e.target.closest && e.target.closest('.nb-editable');
      if (!td) return;
      td._orig = td.textContent;
      const sel = this._root.getSelection ? this._root.getSelection() : document.getSelection();
      const range = document.createRange();
      range.selectNodeContents(td);
      if (sel) {
        sel.removeAllRanges();
        sel.addRange(range);
      }
    });
    box.addEventListener('keydown', (e) => {
      const td = e.target.closest && e.target.closest('.nb-editable');
      if (!td) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        this._refocusCell = td.dataset.editCell;
        this._commit(td);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        td.textContent = td._orig ?? td.textContent;
        td._orig = td.textContent;
      }
    });
    box.addEventListener('focusout', (e) => {
      const td = e.target.closest && e.target.closest('.nb-editable');
      if (td) this._commit(td);
    });
    box.addEventListener('paste', (e) => {
      const td = e.target.closest && e.target.closest('.nb-editable');
      if (!td) return;
      e.preventDefault();
      e.stopPropagation();
      const text = ((e.clipboardData && e.clipboardData.getData('text/plain')) || '').split(/\r?\n/)[0].trim();
      document.execCommand('insertText', false, text);
    });
  }

  _commit(td) {
    const val = td.textContent.replace(/\s+/g, ' ').trim();
    if (td._orig == null || val === td._orig.replace(/\s+/g, ' ').trim()) return;
    td._orig = td.textContent;
    this._onCellEdit(td.dataset.editCell, val);
  }
}
