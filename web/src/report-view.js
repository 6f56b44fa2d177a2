// The report's tables as the core renders them (render contract, docs/render-contract.md: tables only,
// data-cell / data-severity / data-fix on cells, editable number cells with data-edit-cell). The page places
// that HTML as it is and only listens to it.
// Interface: show(result, html), highlight(diagnostic), refuse(key, message) / clearRefusal(), setBusy(on), the
// `box` element (for copying); callbacks onCellEdit(key, value) when an edited cell is confirmed and
// onReference(i) when a footnote link to problem n° i+1 is clicked. A re-render keeps the focus on the same cell.
//
// A re-check after an edit mostly renders the same tables with a few cells changed (a value, its marks, its
// footnote links). When the new rendering has the same shape as the one shown (everything outside the
// data-cell cells identical: tables, rows, sections, labels), only the cells whose rendering changed are put in
// (the core's own fragments, keyed by data-cell); the rest of the report keeps its DOM, so the browser lays out
// a few cells instead of the whole report. Otherwise the whole rendering replaces the old one.

// A cell as the core renders it: <td … data-cell="key" …>…</td> (a cell never holds another table).
const CELL = /<td\b[^>]*?\sdata-cell="([^"]*)"[^>]*>[\s\S]*?<\/td>/g;

/** The rendering split into its shape (the cells reduced to their keys) and each cell's fragment; null if a key repeats. */
export function splitCells(html) {
  const cells = new Map();
  let repeated = false;
  const shape = html.replace(CELL, (m, key) => {
    if (cells.has(key)) repeated = true;
    cells.set(key, m);
    return `<td data-cell="${key}">`;
  });
  return repeated ? null : { shape, cells };
}

export class ReportView {
  /** @param {{box: Element, root: ShadowRoot, errorBox: Element, onCellEdit: (key: string, value: string) => void,
   *           onReference: (i: number) => void}} opts */
  constructor({ box, root, errorBox, onCellEdit, onReference }) {
    this.box = box;
    this._root = root;
    this._errorBox = errorBox;
    this._onCellEdit = onCellEdit;
    this._onReference = onReference;
    this._parts = null; // splitCells() of the rendering shown
    this._touched = new Set(); // keys of the editable cells the clerk has been in since they were placed
    /** How the last show() placed the rendering: the number of cells swapped in, or -1 for the whole report. */
    this.lastSwap = -1;
    this._wire();
  }

  /** Places the core's rendering of `result` (html). */
  show(result, html) {
    const active = this._root.activeElement;
    const focusKey = active && this.box.contains(active) && active.dataset ? active.dataset.editCell : null;
    this.clearRefusal();
    const next = result ? html || '' : '';
    const parts = next ? splitCells(next) : null;
    const swapped = this._swapCells(parts);
    if (swapped < 0) this.box.innerHTML = next;
    this.lastSwap = swapped;
    this._parts = parts;
    this._touched.clear();
    if (focusKey) {
      const ed = this.box.querySelector(`[data-edit-cell="${CSS.escape(focusKey)}"]`);
      if (!ed || this._root.activeElement !== ed) (ed || this.box).focus({ preventScroll: true });
    }
  }

  // Puts in only the cells whose rendering changed (and those the clerk typed into, as a full render would
  // reset them); the count, or -1 when the shape differs and the whole report must be placed.
  _swapCells(parts) {
    const old = this._parts;
    if (!parts || !old || parts.shape !== old.shape) return -1;
    const keys = [];
    for (const [key, fragment] of parts.cells) if (fragment !== old.cells.get(key) || this._touched.has(key)) keys.push(key);
    if (keys.length > parts.cells.size / 2) return -1; // most of the report: one placement is as cheap
    const olds = keys.map((key) => this.box.querySelector(`td[data-cell="${CSS.escape(key)}"]`));
    if (olds.some((td) => !td)) return -1;
    const tpl = document.createElement('template');
    tpl.innerHTML = keys.map((key) => parts.cells.get(key)).join('');
    const fresh = [...tpl.content.children];
    if (fresh.length !== keys.length) return -1;
    // the cells kept lose what the page added to them (the current problem's marks), as after a full render
    for (const el of this.box.querySelectorAll('.nb-current, .nb-current-rel')) el.classList.remove('nb-current', 'nb-current-rel');
    olds.forEach((td, i) => td.replaceWith(fresh[i]));
    return keys.length;
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

  /** The value typed into cell `key` cannot be written: say so on the cell and keep the clerk there. */
  refuse(key, message) {
    const ed = this.box.querySelector(`[data-edit-cell="${CSS.escape(key)}"]`);
    this._errorBox.textContent = message;
    this._errorBox.hidden = false;
    this._errorBox.id = 'nb-cell-error';
    if (ed) {
      ed.setAttribute('aria-invalid', 'true');
      ed.setAttribute('aria-describedby', 'nb-cell-error');
      ed.closest('td')?.classList.add('nb-refused');
    }
  }

  clearRefusal() {
    this._errorBox.hidden = true;
    this._errorBox.textContent = '';
    for (const ed of this.box.querySelectorAll('[aria-invalid="true"]')) {
      ed.removeAttribute('aria-invalid');
      ed.removeAttribute('aria-describedby');
      ed.closest('td')?.classList.remove('nb-refused');
    }
  }

  setBusy(on) {
    const value = on ? 'true' : 'false';
    if (this.box.getAttribute('aria-busy') !== value) this.box.setAttribute('aria-busy', value);
  }

  _wire() {
    const box = this.box;
    const editable = (e) => e.target.closest && e.target.closest('[data-edit-cell]');
    box.addEventListener('click', (e) => {
      // footnote links point at the core's own problem list; they go to ours (never the host page's URL)
      const a = e.target.closest && e.target.closest('a[href^="#nb-diag-"]');
      if (a) {
        e.preventDefault();
        const n = parseInt(a.getAttribute('href').slice(9), 10);
        if (n > 0) this._onReference(n - 1);
        return;
      }
      const td = e.target.closest && e.target.closest('td.nb-has-editable');
      if (td && !editable(e)) td.querySelector('[data-edit-cell]').focus();
    });
    box.addEventListener('focusin', (e) => {
      const ed = editable(e);
      if (!ed) return;
      if (ed._orig == null) ed._orig = ed.textContent;
      this._touched.add(ed.dataset.editCell);
      const sel = this._root.getSelection ? this._root.getSelection() : document.getSelection();
      const range = document.createRange();
      range.selectNodeContents(ed);
      if (sel) {
        sel.removeAllRanges();
        sel.addRange(range);
      }
    });
    box.addEventListener('keydown', (e) => {
      const ed = editable(e);
      if (!ed) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        this._commit(ed);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        ed.textContent = ed._orig ?? ed.textContent;
        ed._committed = undefined;
        this.clearRefusal();
      }
    });
    box.addEventListener('focusout', (e) => {
      const ed = editable(e);
      if (ed) this._commit(ed);
    });
    // one line of plain text, whatever the clipboard holds
    box.addEventListener('paste', (e) => {
      if (!editable(e)) return;
      e.preventDefault();
      e.stopPropagation();
      const text = ((e.clipboardData && e.clipboardData.getData('text/plain')) || '').split(/\r?\n/)[0].trim();
      document.execCommand('insertText', false, text);
    });
  }

  // Enter and then the focus leaving (or the re-render removing the cell) must write once, not twice.
  _commit(ed) {
    const val = ed.textContent.replace(/\s+/g, ' ').trim();
    if (ed._orig == null || val === ed._orig.replace(/\s+/g, ' ').trim() || val === ed._committed) return;
    ed._committed = val;
    this._onCellEdit(ed.dataset.editCell, val);
  }
}
