// The report's tables as the core renders them (render contract, docs/render-contract.md: tables only,
// data-cell / data-severity / data-fix on cells, editable number cells with data-edit-cell). The page places
// that HTML as it is and only listens to it.
// Interface: show(result, html), highlight(diagnostic), refuse(key, message) / clearRefusal(), setBusy(on), the
// `box` element (for copying); callbacks onCellEdit(key, value) when an edited cell is confirmed and
// onReference(i) when a footnote link to problem n° i+1 is clicked. A re-render keeps the focus on the same cell.
export class ReportView {
  /** @param {{box: Element, root: ShadowRoot, errorBox: Element, onCellEdit: (key: string, value: string) => void,
   *           onReference: (i: number) => void}} opts */
  constructor({ box, root, errorBox, onCellEdit, onReference }) {
    this.box = box;
    this._root = root;
    this._errorBox = errorBox;
    this._onCellEdit = onCellEdit;
    this._onReference = onReference;
    this._wire();
  }

  /** Places the core's rendering of `result` (html). */
  show(result, html) {
    const active = this._root.activeElement;
    const focusKey = active && this.box.contains(active) && active.dataset ? active.dataset.editCell : null;
    this.clearRefusal();
    this.box.innerHTML = result ? html || '' : '';
    if (focusKey) {
      const ed = this.box.querySelector(`[data-edit-cell="${CSS.escape(focusKey)}"]`);
      (ed || this.box).focus({ preventScroll: true });
    }
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
    this.box.setAttribute('aria-busy', on ? 'true' : 'false');
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
