// The report text editor (CodeMirror 6): what the clerk types, with the core's diagnostics as underlines.
// Interface: setText (a load, not an edit), replace (edits made by the page: cell edits, fixes), showRange,
// setDiagnostics, setReadOnly, setStrings; `onUserChange(immediate)` is called for every change that is not a load.
import { EditorView, keymap, placeholder, lineNumbers, drawSelection, highlightActiveLine, Decoration } from '@codemirror/view';
import { EditorState, Compartment, Annotation, Prec, StateField, StateEffect } from '@codemirror/state';
import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { setDiagnostics, lintGutter } from '@codemirror/lint';

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

export class ReportEditor {
  /**
   * @param {{root: ShadowRoot, parent: Element, strings: () => object, onUserChange: (immediate: boolean) => void,
   *          onStep: (dir: number) => void}} opts
   */
  constructor({ root, parent, strings, onUserChange, onStep }) {
    this._strings = strings;
    this._lang = new Compartment();
    this._readOnly = new Compartment();
    const nav = (dir) => () => {
      onStep(dir);
      return true;
    };
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
          Prec.highest(keymap.of([{ key: 'F8', run: nav(1), shift: nav(-1) }])),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          this._lang.of(this._langExt()),
          this._readOnly.of(EditorState.readOnly.of(false)),
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
    return [placeholder(t.editorPlaceholder), EditorView.contentAttributes.of({ 'aria-label': t.editorLabel, lang: 'zh-CN', tabindex: '0' })];
  }
  /** Re-labels the editor after a language switch. */
  setStrings() {
    this.view.dispatch({ effects: this._lang.reconfigure(this._langExt()) });
  }
  setReadOnly(on) {
    this.view.dispatch({ effects: this._readOnly.reconfigure(EditorState.readOnly.of(!!on)) });
  }

  /** Replaces the whole text as a load: no re-check is triggered (the caller checks). */
  setText(text) {
    this.view.dispatch({ changes: { from: 0, to: this.length, insert: text }, annotations: Programmatic.of(true), effects: setCurrent.of(null) });
  }

  /** Edits made by the page on the clerk's behalf ({from, to, insert}[] in one undoable step), checked at once. */
  replace(changes, userEvent = 'input.nianbao') {
    const len = this.length;
    const clamped = changes.map((c) => ({ from: Math.min(c.from, len), to: Math.min(c.to, len), insert: String(c.insert) }));
    this.view.dispatch({ changes: clamped, annotations: [Immediate.of(true)], userEvent });
  }

  /** Underlines: [{from, to, severity, message}]. */
  setDiagnostics(list) {
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
