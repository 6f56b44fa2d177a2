// The report text editor (CodeMirror 6): what the clerk types, with the core's diagnostics as underlines.
// Interface: setText (a load, not an edit), replace (edits made by the page: cell edits, fixes), showRange,
// setDiagnostics, setReadOnly, setStrings; `onUserChange(immediate)` is called for every change that is not a load.
import { EditorView, keymap, placeholder, lineNumbers, drawSelection, highlightActiveLine, Decoration } from '@codemirror/view';
import { EditorState, Compartment, Annotation, StateField, StateEffect } from '@codemirror/state';
import { history, historyKeymap, defaultKeymap, undo } from '@codemirror/commands';
import { setDiagnostics, lintGutter, forEachDiagnostic } from '@codemirror/lint';

const Programmatic = Annotation.define(); // loads: checked by the caller, not by the debounce
const Immediate = Annotation.define(); // cell edits and fixes: check at once
const setCurrent = StateEffect.define();
const currentField = StateField.define({
  create: () => Decoration.none,
  update(deco, tr) {
    deco = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (e.is(setCurrent)) {
        const r = e.value;
        deco = r && r.to > r.from ? Decoration.set([Decoration.mark({ class: 'nb-cm-current' }).range(r.from, r.to)]) : Decoration.none;
      }
    }
    return deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

/**
 * The span of `old` that `text` replaces: {from, to, insert}, after their common start and end. Never splits a
 * UTF-16 surrogate pair.
 */
function changedSpan(old, text) {
  const max = Math.min(old.length, text.length);
  let start = 0;
  while (start < max && old.charCodeAt(start) === text.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && old.charCodeAt(old.length - 1 - end) === text.charCodeAt(text.length - 1 - end)) end++;
  const high = (s, i) => i > 0 && i <= s.length && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  if (high(text, start) || high(old, start)) start--;
  if (end > 0 && (high(text, text.length - end) || high(old, old.length - end))) end--;
  return { from: start, to: old.length - end, insert: text.slice(start, text.length - end) };
}

// Whether the editor already shows exactly these underlines (as placed now, after any edits since).
function sameDiagnostics(state, list) {
  const key = (d) => `${d.from}\u0000${d.to}\u0000${d.severity}\u0000${d.message}`;
  const shown = [];
  forEachDiagnostic(state, (d, from, to) => shown.push(key({ from, to, severity: d.severity, message: d.message })));
  if (shown.length !== list.length) return false;
  const wanted = list.map(key);
  shown.sort();
  wanted.sort();
  return shown.every((k, i) => k === wanted[i]);
}

export class ReportEditor {
  /**
   * @param {{root: ShadowRoot, parent: Element, strings: () => object, onUserChange: (immediate: boolean) => void,
   *          nonce?: string}} opts  nonce: for CodeMirror's styles under a CSP (F8 is handled by keyboard.js)
   */
  constructor({ root, parent, strings, onUserChange, nonce }) {
    this._strings = strings;
    this._lang = new Compartment();
    this._readOnly = new Compartment();
    this.view = new EditorView({
      root,
      parent,
      state: EditorState.create({
        doc: '',
        extensions: [
          lineNumbers(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          EditorView.lineWrapping,
          lintGutter(),
          currentField,
          keymap.of([...defaultKeymap, ...historyKeymap]),
          this._lang.of(this._langExt()),
          this._readOnly.of(EditorState.readOnly.of(false)),
          nonce ? EditorView.cspNonce.of(nonce) : [],
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            if (u.transactions.some((tr) => tr.annotation(Programmatic))) return;
            // a paste or drop is a whole text, not typing: checked at once, no debounce
            onUserChange(u.transactions.some((tr) => tr.annotation(Immediate) || tr.isUserEvent('input.paste') || tr.isUserEvent('input.drop')));
          }),
        ],
      }),
    });
  }

  get text() {
    return this.view.state.doc.toString();
  }
  get length() {
    return this.view.state.doc.length;
  }

  _langExt() {
    const t = this._strings();
    this._labelledWith = t;
    return [placeholder(t.editorPlaceholder), EditorView.contentAttributes.of({ 'aria-label': t.editorLabel, lang: 'zh-CN', tabindex: '0' })];
  }
  /** Re-labels the editor after a language switch. */
  setStrings() {
    // Nothing to do for the strings it already has (the element's start-up): a dispatch makes CodeMirror read
    // the selection, which forces a style and layout of the whole element in the middle of start-up.
    if (this._strings() === this._labelledWith) return;
    this.view.dispatch({ effects: this._lang.reconfigure(this._langExt()) });
  }
  setReadOnly(on) {
    // every load sets it: a transaction that changes nothing still makes CodeMirror update (and measure) the view
    if (this.view.state.readOnly === !!on) return;
    this.view.dispatch({ effects: this._readOnly.reconfigure(EditorState.readOnly.of(!!on)) });
  }

  /**
   * Replaces the whole text as a load: no re-check is triggered (the caller checks). Only the part that differs
   * is written (the common start and end are kept): a value set with one number changed redraws one line, not
   * the whole editor, and the clerk's place in the text stays where it was.
   */
  setText(text) {
    const { from, to, insert } = changedSpan(this.text, text);
    if (from === to && !insert) {
      this.view.dispatch({ effects: setCurrent.of(null) });
      return;
    }
    this.view.dispatch({ changes: { from, to, insert }, annotations: Programmatic.of(true), effects: setCurrent.of(null) });
  }

  /** Edits made by the page on the clerk's behalf ({from, to, insert}[] in one undoable step), checked at once. */
  replace(changes, userEvent = 'input.nianbao') {
    const len = this.length;
    const clamped = changes.map((c) => ({ from: Math.min(c.from, len), to: Math.min(c.to, len), insert: String(c.insert) }));
    this.view.dispatch({ changes: clamped, annotations: [Immediate.of(true)], userEvent });
  }

  /** Inserts text where the clerk's selection is, as the clerk's own input (undoable, checked as typed). */
  insertAtSelection(text, at = null) {
    const sel = at || this.view.state.selection.main;
    const len = this.length;
    const from = Math.min(sel.from, len), to = Math.min(sel.to, len);
    this.view.dispatch({ changes: { from, to, insert: text }, selection: { anchor: from + text.length }, userEvent: 'input.paste', scrollIntoView: true });
  }

  /** The clerk's selection {from, to}. */
  get selection() {
    const m = this.view.state.selection.main;
    return { from: m.from, to: m.to };
  }

  /** The text of [from, to) and of the line around it: {before, current, after}. */
  lineAround(from, to) {
    const doc = this.view.state.doc;
    const len = doc.length;
    from = Math.min(from, len);
    to = Math.min(Math.max(to, from), len);
    const a = doc.lineAt(from), b = doc.lineAt(to);
    return { before: doc.sliceString(a.from, from), current: doc.sliceString(from, to), after: doc.sliceString(to, b.to) };
  }

  /** Undoes the last change (the clerk's Ctrl+Z). */
  undo() {
    return undo(this.view);
  }

  /** Underlines: [{from, to, severity, message}]. The same underlines as shown already change nothing. */
  setDiagnostics(list) {
    // also none before and none now (an empty page starting): no transaction, no re-measure
    if (sameDiagnostics(this.view.state, list)) return;
    this.view.dispatch(setDiagnostics(this.view.state, list));
  }

  /** Selects and marks [from, to) and scrolls the editor (only the editor) to it. */
  showRange(from, to) {
    const len = this.length;
    from = Math.min(from, len);
    to = Math.min(to, len);
    this.view.dispatch({ selection: { anchor: from, head: to }, effects: setCurrent.of({ from, to }) });
    // CodeMirror's own scrollIntoView would also move the page away from the cell
    const sd = this.view.scrollDOM;
    sd.scrollTop = Math.max(0, this.view.lineBlockAt(from).top - sd.clientHeight / 2);
  }

  focus() {
    this.view.focus();
  }
}
