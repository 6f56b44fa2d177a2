// <nianbao-checker>: the whole checker page as one custom element with an open shadow root.
// Contract (docs: web/README.md): attribute lang="zh|en", attribute/property value (the report text;
// setting it re-checks), event `nianbao-result` (bubbles, composed) whose detail is the result object.
//
// This file holds the state (text, result, current problem) and joins the parts, each in its own module:
//   editor.js (the text), problem-list.js, report-view.js (the tables), file-input.js (files, drops, pastes),
//   fixes.js (edits written into the text), exports.js (copy, JSON, CSV), i18n.js, template.js.
import css from './styles.css';
import exampleText from '../example-report.txt';
import { strings } from './i18n.js';
import { engine, LARGE_INPUT } from './engine.js';
import { docxToText } from './docx-text.js';
import { TEMPLATE, applyStrings } from './template.js';
import { ReportEditor } from './editor.js';
import { ProblemList } from './problem-list.js';
import { ReportView } from './report-view.js';
import { readReportFile, wireInput } from './file-input.js';
import { cellEdit, totalsEdits } from './fixes.js';
import { cleanTables, copyToClipboard, baseName, download, jsonText, csvText } from './exports.js';
import { hasOffset } from './util.js';

export class NianbaoChecker extends HTMLElement {
  static get observedAttributes() {
    return ['lang', 'value'];
  }

  constructor() {
    super();
    this._root = this.attachShadow({ mode: 'open' });
    this._kind = 'auto';
    this._result = null;
    this._resultText = null;
    this._seq = 0;
    this._docx = null; // {name, bytes} while showing a .docx that has no editable text
    this._fileName = '';
    this._pendingValue = null;
  }

  // ---- public API -------------------------------------------------------------------------------------------
  get value() {
    if (this._editor) return this._editor.text;
    return this._pendingValue ?? this.getAttribute('value') ?? '';
  }
  set value(v) {
    const text = v == null ? '' : String(v);
    if (!this._editor) {
      this._pendingValue = text;
      return;
    }
    this._load(text, { kind: 'auto' });
  }
  /** The latest result object (or null). */
  get result() {
    return this._result;
  }
  loadExample() {
    this._load(exampleText, { kind: 'auto', name: 'example-report.txt' });
  }
  /** Checks the current text now (skips the typing debounce). Resolves to the result. */
  check() {
    return this._check();
  }

  // for tests and debugging: the CodeMirror view and the index of the current problem
  get _view() {
    return this._editor && this._editor.view;
  }
  get _current() {
    return this._list ? this._list.current : -1;
  }

  connectedCallback() {
    if (!this._editor) this._build();
  }

  attributeChangedCallback(name, oldV, newV) {
    if (!this._editor || oldV === newV) return;
    if (name === 'lang') {
      this._applyLang();
      if (this._docx) this._checkDocx();
      else this._check();
    } else if (name === 'value' && newV !== this.value) {
      this.value = newV ?? '';
    }
  }

  // ---- building --------------------------------------------------------------------------------------------
  _lang() {
    return (this.getAttribute('lang') || 'zh').toLowerCase().startsWith('en') ? 'en' : 'zh';
  }
  _t() {
    return strings(this._lang());
  }
  _q(sel) {
    return this._root.querySelector(sel);
  }

  _build() {
    this._root.innerHTML = `<style>${css}</style>${TEMPLATE}`;
    const t = () => this._t();
    this._editor = new ReportEditor({
      root: this._root,
      parent: this._q('.nb-editor'),
      strings: t,
      onStep: (dir) => this._step(dir),
      onUserChange: (immediate) => {
        this._docx = null;
        this._scheduleCheck(immediate);
      },
    });
    this._list = new ProblemList({
      root: this._root,
      strings: t,
      onSelect: (i) => this._select(i),
      onFix: (i) => this._applyFix(i),
    });
    this._report = new ReportView({
      box: this._q('.nb-report'),
      root: this._root,
      strings: t,
      onCellEdit: (key, value) => this._editCell(key, value),
      onReference: (i) => this._select(i, { focusItem: true }),
    });
    wireInput({
      root: this._root,
      app: this._q('.nb-app'),
      fileInput: this._q('.nb-file'),
      dropHint: this._q('.nb-drop'),
      strings: t,
      onFile: (f) => this._openFile(f),
      onPaste: ({ text, kind, html }) => this._load(text, { kind, note: html ? this._t().htmlPasted : '' }),
    });
    this._wireButtons();
    this._applyLang();
    const initial = this._pendingValue ?? this.getAttribute('value');
    this._pendingValue = null;
    if (initial) this._load(initial, { kind: 'auto' });
    else this._showResult(null, '');
  }

  _applyLang() {
    const t = this._t();
    const lang = this._lang();
    this._q('.nb-app').setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    applyStrings(this._root, t);
    this._q('.nb-tools').setAttribute('aria-label', t.title);
    this._q('.nb-lang-select').value = lang;
    this._editor.setStrings();
    if (this._docx) this._q('.nb-docx-note').textContent = t.docxNote(this._docx.name);
    this._list.render();
  }

  _wireButtons() {
    this._q('.nb-example').addEventListener('click', () => this.loadExample());
    this._q('.nb-totals').addEventListener('click', () => this._recomputeTotals());
    this._q('.nb-copy').addEventListener('click', () => this._copyTables());
    this._q('.nb-json').addEventListener('click', () => this._exportJson());
    this._q('.nb-csv').addEventListener('click', () => this._exportCsv());
    this._q('.nb-print').addEventListener('click', () => window.print());
    this._q('.nb-lang-select').addEventListener('change', (e) => this.setAttribute('lang', e.target.value));
    this._q('.nb-prev').addEventListener('click', () => this._step(-1));
    this._q('.nb-next').addEventListener('click', () => this._step(1));
    this._q('.nb-docx-text').addEventListener('click', () => this._docxAsText());
    // keyboard: F8 / Shift+F8 anywhere, j / k outside text fields
    this._root.addEventListener('keydown', (e) => {
      const target = e.composedPath()[0];
      const editable = target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
      if (e.key === 'F8') {
        e.preventDefault();
        this._step(e.shiftKey ? -1 : 1);
      } else if (!editable && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === 'j' || e.key === 'k')) {
        e.preventDefault();
        this._step(e.key === 'j' ? 1 : -1);
      }
    });
  }

  // ---- input -------------------------------------------------------------------------------------------------
  _setDocxMode(docx) {
    this._docx = docx;
    this._q('.nb-docx').hidden = !docx;
    this._q('.nb-editor').hidden = !!docx;
    if (docx) this._q('.nb-docx-note').textContent = this._t().docxNote(docx.name);
    this._editor.setReadOnly(!!docx);
  }

  _load(text, { kind = 'auto', name = '', note = '' } = {}) {
    this._setDocxMode(null);
    this._kind = kind;
    this._fileName = name;
    this._note = note;
    this._list.current = -1;
    clearTimeout(this._timer);
    this._editor.setText(text);
    return this._check();
  }

  async _openFile(file) {
    const f = await readReportFile(file);
    this._list.current = -1;
    this._fileName = f.name;
    this._note = this._t().fileRead(f.name);
    if (f.docx) {
      this._editor.setText('');
      this._setDocxMode({ name: f.name, bytes: f.bytes });
      return this._checkDocx();
    }
    this._setDocxMode(null);
    this._kind = f.kind;
    this._editor.setText(f.text);
    return this._run(f.bytes.length, async () => {
      let out = await engine.checkFile(f.bytes, { name: f.name, lang: this._lang() });
      // the editor shows our own decoding; use the file result only when it points into the same text
      if (!out.result || !out.result.input || out.result.input.chars !== f.text.length) {
        out = await engine.check(f.text, { kind: this._kind, lang: this._lang(), name: f.name });
      }
      return { out, text: f.text };
    });
  }

  _checkDocx() {
    const d = this._docx;
    return this._run(d.bytes.length, async () => ({ out: await engine.checkFile(d.bytes, { name: d.name, lang: this._lang() }), text: null }));
  }

  _docxAsText() {
    const d = this._docx;
    if (!d) return;
    let text;
    try {
      text = docxToText(d.bytes);
    } catch (e) {
      return this._fail(e);
    }
    this._load(text, { kind: 'auto', name: d.name.replace(/\.docx$/i, '.txt'), note: this._t().fileRead(d.name) });
    this._editor.focus();
  }

  _scheduleCheck(immediate) {
    clearTimeout(this._timer);
    this._note = '';
    if (immediate) return this._check();
    const delay = this._editor.length > LARGE_INPUT ? 1200 : 400;
    this._timer = setTimeout(() => this._check(), delay);
  }

  _check() {
    clearTimeout(this._timer);
    if (this._docx) return this._checkDocx();
    const text = this.value;
    if (!text.trim()) {
      ++this._seq;
      this._showResult(null, '', text);
      return Promise.resolve(null);
    }
    return this._run(text.length, async () => ({
      out: await engine.check(text, { kind: this._kind, lang: this._lang(), name: this._fileName }),
      text,
    }));
  }

  /** Runs one check (`work` resolves to {out: {result, html}, text}); only the latest one is shown. */
  async _run(size, work) {
    const seq = ++this._seq;
    this._busy(true, size);
    try {
      const { out, text } = await work();
      if (seq === this._seq) this._showResult(out.result, out.html, text);
      return out.result;
    } catch (e) {
      if (seq === this._seq) this._fail(e);
      return null;
    } finally {
      if (seq === this._seq) this._busy(false);
    }
  }

  _busy(on, size) {
    const t = this._t();
    this._q('.nb-spinner').hidden = !on;
    this._report.setBusy(on);
    this.toggleAttribute('busy', on);
    if (on) this._q('.nb-status-text').textContent = size > LARGE_INPUT ? t.checkingLarge(Math.round(size / 1024)) : t.checking;
    else this._updateStatus();
  }

  _fail(e) {
    this._error = String((e && e.message) || e);
    this._q('.nb-status-text').textContent = this._t().engineFailed + this._error;
    console.warn('nianbao:', e);
  }

  // ---- results -----------------------------------------------------------------------------------------------
  _showResult(result, html, text) {
    const prevDiags = (this._result && this._result.diagnostics) || [];
    const prev = prevDiags[this._list.current];
    this._result = result;
    this._resultText = text;
    this._error = null;
    const diags = (result && result.diagnostics) || [];
    // editor underlines
    const cm = [];
    if (text != null && text === this.value) {
      for (const d of diags) {
        if (!hasOffset(d.at)) continue;
        const from = d.at.offset;
        cm.push({ from, to: from + (d.at.length || 0), severity: d.severity === 'info' ? 'info' : d.severity, message: `[${d.rule}] ${d.message}` });
      }
    }
    const len = this._editor.length;
    this._editor.setDiagnostics(cm.map((c) => ({ ...c, from: Math.min(c.from, len), to: Math.min(c.to, len) })));
    // keep the selection on the same problem when it is still there
    let current = -1;
    if (prev) current = diags.findIndex((d) => d.rule === prev.rule && d.cell === prev.cell && d.message === prev.message);
    this._list.current = current;
    this._list.setResult(result);
    this._report.show(result, html, { editable: !this._docx && text != null });
    this._updateStatus();
    if (current >= 0) this._highlight(current);
    this.dispatchEvent(new CustomEvent('nianbao-result', { detail: result, bubbles: true, composed: true }));
  }

  _updateStatus() {
    const t = this._t();
    const r = this._result;
    let s;
    if (this._error) s = t.engineFailed + this._error;
    else if (!r) s = t.noInput;
    else s = t.summary(r.summary || { errors: 0, warnings: 0, infos: 0 });
    if (r && this._note) s = `${this._note} ${s}`;
    this._q('.nb-status-text').textContent = s;
  }

  // ---- selection and navigation ------------------------------------------------------------------------------
  _step(dir) {
    const vis = this._list.visible();
    if (!vis.length) return;
    let pos = vis.indexOf(this._list.current);
    pos = pos < 0 ? (dir > 0 ? 0 : vis.length - 1) : (pos + dir + vis.length) % vis.length;
    this._select(vis[pos], { focusItem: true });
  }

  _select(i, { focusItem = false } = {}) {
    this._list.mark(i, { focusItem });
    this._highlight(i);
  }

  _highlight(i) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    this._report.highlight(null);
    if (!d) return;
    if (hasOffset(d.at) && this._resultText === this.value) this._editor.showRange(d.at.offset, d.at.offset + (d.at.length || 0));
    this._report.highlight(d);
  }

  // ---- fixing in place -----------------------------------------------------------------------------------------
  async _editCell(key, value) {
    if (this._resultText !== this.value) await this._check(); // offsets must belong to the current text
    const edit = !this._docx && cellEdit(this._result, key, value);
    if (!edit) {
      this._q('.nb-status-text').textContent = this._t().cellNoLocation;
      return;
    }
    this._editor.replace([edit], 'input.nianbao-cell');
  }

  async _recomputeTotals() {
    for (let round = 0; round < 3; round++) {
      if (this._resultText !== this.value) await this._check();
      const edits = totalsEdits(this._result);
      if (!edits.length || this._docx) break;
      this._editor.replace(edits, 'input.nianbao-totals');
      await this._check();
    }
  }

  _applyFix(i) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    if (!d || !d.fix) return;
    this._report.refocus(null);
    this._editCell(d.fix.cell, d.fix.value);
    // keep keyboard users in the list
    requestAnimationFrame(() => this._list.focusFirst());
  }

  // ---- taking it back: copy, export, print ---------------------------------------------------------------
  async _copyTables() {
    const t = this._t();
    const status = this._q('.nb-status-text');
    const data = cleanTables(this._report.box);
    if (!data) {
      status.textContent = t.noTables;
      return;
    }
    const ok = await copyToClipboard(data);
    this._lastCopy = data;
    status.textContent = ok ? t.copied : t.copyFailed;
  }

  _exportJson() {
    if (!this._result) return;
    download(this._root, `${baseName(this._result, this._fileName)}-nianbao.json`, 'application/json', jsonText(this._result));
  }

  async _exportCsv() {
    const r = this._result;
    if (!r) return;
    download(this._root, `${baseName(r, this._fileName)}-整改清单.csv`, 'text/csv;charset=utf-8', await csvText(r, engine));
  }
}

if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
