// <nianbao-checker>: the whole checker page as one custom element with an open shadow root.
// Contract (web/README.md): attributes lang="zh|en", value, nonce, stylesheet, worker-url, drafts; property
// value (the report text; setting it re-checks, also before the script loaded); events `nianbao-result`
// (detail: the result object) and `nianbao-error` (detail: {message, reason}), both bubbling and composed.
//
// This file holds the state (text, result, review marks) and joins the parts, each in its own module:
//   editor.js (the text), problem-list.js, report-view.js (the tables), file-input.js (files, drops, pastes),
//   fixes.js (which cells to write), exports.js (copy, Word, JSON, CSV, marks), drafts.js, notices.js,
//   keyboard.js, rule-doc.js, styles-apply.js, i18n.js, template.js.
import exampleText from '../example-report.txt';
import { strings } from './i18n.js';
import { engine, LARGE_INPUT, configureEngine } from './engine.js';
import { TEMPLATE, applyStrings } from './template.js';
import { applyStyles } from './styles-apply.js';
import { ReportEditor } from './editor.js';
import { ProblemList } from './problem-list.js';
import { ReportView } from './report-view.js';
import { readReportFile, wireInput } from './file-input.js';
import { applicable, cellRange, certainFixes, textChange, totalsTargets } from './fixes.js';
import { cleanTables, wordDocument, copyToClipboard, baseName, download, jsonText, csvText, marksFile } from './exports.js';
import { DraftKeeper, DRAFT_DAYS } from './drafts.js';
import { Notices } from './notices.js';
import { attachKeys, registerKeys, unregisterKeys } from './keyboard.js';
import { ruleDocHtml } from './rule-doc.js';
import { hasOffset } from './util.js';
import { BatchHook } from './batch/hook.js';
import { PdfView } from './pdf/pdf-view.js';
import { pdfStrings } from './pdf/pdf-strings.js';
import { pdfOnMainThread } from './pdf/pdf-runtime.js';

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
    this._marks = new Map(); // fingerprint → {status, reason}: review marks, kept across re-checks
    // A portal may set `value` before this script ran: the property then sits on the plain element and would
    // hide our accessor. Take it over (the usual custom-element upgrade pattern).
    if (Object.prototype.hasOwnProperty.call(this, 'value')) {
      const v = this.value;
      delete this.value;
      this._pendingValue = v == null ? '' : String(v);
    }
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
  /** The latest result object (or null); diagnostics carry `review` when the clerk marked them. */
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
    registerKeys(this);
  }

  disconnectedCallback() {
    unregisterKeys(this);
    if (this._drafts) this._drafts.setDirty(false);
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
  _nonce() {
    return this.nonce || this.getAttribute('nonce') || '';
  }

  _build() {
    this._root.innerHTML = TEMPLATE;
    // Built out of layout: CodeMirror reads the selection and measures as it starts, which would force a style
    // and layout of the whole element in the middle of the page's start-up script (~60 ms). Hidden, those reads
    // are cheap; the element is laid out once, in the first frame after the script.
    const app = this._q('.nb-app');
    app.style.display = 'none';
    try {
      this._buildParts();
    } finally {
      app.style.removeProperty('display');
      if (!app.getAttribute('style')) app.removeAttribute('style');
    }
    if (this._editor) this._editor.view.requestMeasure();
  }

  _buildParts() {
    applyStyles(this._root, { href: this.getAttribute('stylesheet') || '', nonce: this._nonce() });
    if (this.hasAttribute('worker-url')) configureEngine({ workerUrl: this.getAttribute('worker-url') });
    const t = () => this._t();
    this._editor = new ReportEditor({
      root: this._root,
      parent: this._q('.nb-editor'),
      strings: t,
      nonce: this._nonce(),
      onUserChange: (immediate) => {
        this._docx = null;
        this._edited();
        this._scheduleCheck(immediate);
      },
    });
    this._list = new ProblemList({
      root: this._root,
      strings: t,
      lang: () => this._lang(),
      onSelect: (i) => this._select(i),
      onFix: (i) => this._applyFix(i),
      onRule: (id) => this._showRule(id),
      onReview: (i, status, reason) => this._review(i, status, reason),
    });
    this._report = new ReportView({
      box: this._q('.nb-report'),
      root: this._root,
      errorBox: this._q('.nb-cell-error'),
      onCellEdit: (key, value) => this._editCell(key, value),
      onReference: (i) => this._select(i, { focusItem: true }),
    });
    // a PDF's pages beside the tables (web/src/pdf/), shown only while a PDF is open
    this._pdfView = new PdfView({ main: this._q('.nb-main'), before: this._q('.nb-col-report'), lang: () => this._lang(), onSelect: (i) => this._select(i, { focusItem: true }) });
    this._notices = new Notices(this._q('.nb-notices'), () => this._editor.focus());
    wireInput({
      root: this._root,
      app: this._q('.nb-app'),
      fileInput: this._q('.nb-file'),
      dirInput: this._q('.nb-dir'),
      prevInput: this._q('.nb-prev-file'),
      dropHint: this._q('.nb-drop'),
      strings: t,
      editorEmpty: () => !this._editor.text.trim(),
      onFile: (f) => this._openFile(f),
      onFiles: (list) => this._batch.open(list),
      onPrevious: (f) => this._batch.setPrevious(f),
      onPaste: (p) => this._paste(p),
    });
    this._drafts = new DraftKeeper({ id: this.id || 'default' });
    this._batch = new BatchHook(this); // many reports at once, and last year's report (batch/)
    this._wireButtons();
    attachKeys(this, this._root);
    this._applyLang();
    // The engine starts at once, so a page that cannot run it (a CSP without 'wasm-unsafe-eval') says so now.
    engine.ready().catch((e) => this._engineError(e));
    const initial = this._pendingValue ?? this.getAttribute('value');
    this._pendingValue = null;
    const draft = initial ? null : this._drafts.load();
    if (initial) this._load(initial, { kind: 'auto' });
    else if (draft) this._restoreDraft(draft);
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
    if (this._docx) this._setDocxMode(this._docx, { reopen: false });
    this._pdfView.setLang();
    this._list.render();
    this._batch.applyStrings();
    if (this._ruleShown) this._showRule(this._ruleShown, { focus: false });
  }

  _wireButtons() {
    this._q('.nb-example').addEventListener('click', () => this.loadExample());
    this._q('.nb-fixall').addEventListener('click', () => this._fixAll());
    this._q('.nb-totals').addEventListener('click', () => this._recomputeTotals());
    this._q('.nb-copy').addEventListener('click', () => this._copyTables());
    this._q('.nb-word').addEventListener('click', () => this._downloadWord());
    this._q('.nb-json').addEventListener('click', () => this._exportJson());
    this._q('.nb-csv').addEventListener('click', () => this._exportCsv());
    this._q('.nb-marks').addEventListener('click', () => this._exportMarks());
    this._q('.nb-print').addEventListener('click', () => window.print());
    this._q('.nb-lang-select').addEventListener('change', (e) => this.setAttribute('lang', e.target.value));
    this._q('.nb-prev').addEventListener('click', () => this._step(-1));
    this._q('.nb-next').addEventListener('click', () => this._step(1));
    this._q('.nb-docx-text').addEventListener('click', () => this._docxAsText());
    this._q('.nb-ruledoc-close').addEventListener('click', () => this._hideRule());
    this._q('.nb-draft-keep').addEventListener('change', (e) => this._setDraftKeeping(e.target.checked));
    this._q('.nb-draft-forget').addEventListener('click', () => this._setDraftKeeping(false));
  }

  // ---- input -------------------------------------------------------------------------------------------------
  // A .docx, or a PDF ({pdf: true}: the editor shows the core's canonical text, read-only, and the pages are drawn).
  _setDocxMode(docx, { reopen = true } = {}) {
    this._docx = docx;
    this._q('.nb-docx').hidden = !docx;
    this._q('.nb-editor').hidden = !!docx && !docx.pdf;
    const pdf = docx && docx.pdf ? pdfStrings(this._lang()) : null;
    if (docx) this._q('.nb-docx-note').textContent = pdf ? (docx.ofd ? pdf.ofdNote : pdf.note)(docx.name) : this._t().docxNote(docx.name);
    this._q('.nb-docx-text').textContent = pdf ? pdf.toText : this._t().docxToText;
    this._editor.setReadOnly(!!docx);
    if (reopen) this._pdfView.close(); // a PDF's pages are drawn once its check is done (_checkDocx)
  }

  // HTML (a saved page, a rich paste) is shown as the core's readable text of it (result.canonical_text:
  // paragraphs and tab-separated table rows), never as markup; edits then re-check that text, which reads
  // back to the same report.
  async _load(text, { kind = 'auto', name = '', note = '', save = true } = {}) {
    if (kind === 'html') {
      let readable = '';
      try {
        readable = await engine.readableText(text, { kind: 'html', lang: this._lang(), name });
      } catch (e) {
        readable = '';
      }
      if (readable.trim()) {
        text = readable;
        kind = 'auto';
        note = [note, this._t().htmlAsText].filter(Boolean).join(' ');
      }
    }
    this._setDocxMode(null);
    this._kind = kind;
    this._fileName = name;
    this._note = note;
    this._list.current = -1;
    clearTimeout(this._timer);
    this._editor.setText(text);
    this._drafts.setDirty(false);
    if (save) this._saveDraftSoon();
    return this._check();
  }

  // A paste the element handles (see file-input.js): into a non-empty editor, a whole report replaces the text
  // (the core decides what is one), with a notice to undo or to insert it after all; a fragment edits in place.
  async _paste({ text, plain, kind, html, inEditor }) {
    const previous = { text: this._editor.text, kind: this._kind, name: this._fileName, selection: this._editor.selection };
    const note = html ? this._t().htmlPasted : '';
    if (!previous.text.trim()) return this._load(text, { kind, note });
    let whole = false;
    try {
      whole = await engine.isWholeReport(text, html);
    } catch (e) {
      whole = false;
    }
    if (!whole) {
      this._editor.insertAtSelection(plain || text, inEditor ? null : previous.selection);
      return;
    }
    await this._load(text, { kind, note });
    const t = this._t();
    this._notices.show(t.replacedNotice, [
      { label: t.undo, cls: 'nb-notice-undo', run: () => this._load(previous.text, { kind: previous.kind, name: previous.name }) },
      {
        label: t.insertInstead,
        cls: 'nb-notice-insert',
        run: async () => {
          await this._load(previous.text, { kind: previous.kind, name: previous.name });
          this._editor.insertAtSelection(plain || text, previous.selection);
        },
      },
    ]);
  }

  async _openFile(file, name = '') {
    const f = await readReportFile(file);
    if (name) f.name = name;
    this._list.current = -1;
    this._fileName = f.name;
    this._note = this._t().fileRead(f.name);
    this._drafts.setDirty(false);
    if (f.docx || f.pdf) {
      this._editor.setText('');
      this._setDocxMode({ name: f.name, bytes: f.bytes, pdf: !!f.pdf, ofd: !!f.ofd });
      return this._checkDocx();
    }
    if (f.kind === 'html') return this._load(f.text, { kind: 'html', name: f.name, note: this._note });
    this._setDocxMode(null);
    this._kind = f.kind;
    this._editor.setText(f.text);
    this._saveDraftSoon();
    return this._run(f.bytes.length, async () => {
      let out = await engine.checkFile(f.bytes, { name: f.name, lang: this._lang(), editable: true, ...this._previousOpts });
      // the editor shows our own decoding; use the file result only when it points into the same text
      if (!out.result || !out.result.input || out.result.input.chars !== f.text.length) {
        out = await engine.check(f.text, { kind: this._kind, lang: this._lang(), name: f.name, editable: true, ...this._previousOpts });
      }
      return { out, text: f.text };
    });
  }

  _checkDocx() {
    const d = this._docx;
    return this._run(d.bytes.length, async () => {
      const out = await engine.checkFile(d.bytes, { name: d.name, lang: this._lang(), ...this._previousOpts });
      if (!d.pdf) return { out, text: null };
      const text = (out.result && out.result.canonical_text) || '';
      if (this._docx === d && this.value !== text) this._editor.setText(text);
      // pdf.js could not start its worker (a host page's CSP without blob: workers): say why it is slow
      if (this._docx === d && !d.ofd && pdfOnMainThread()) this._q('.nb-docx-note').textContent = `${pdfStrings(this._lang()).note(d.name)} ${pdfStrings(this._lang()).mainThread}`;
      // the pages after the findings: drawing them shares pdf.js's worker with the reading (an OFD has no pages to draw)
      if (this._docx === d && !d.drawn && !d.ofd) {
        d.drawn = true;
        this._pdfView.open(d.bytes);
      }
      return { out, text };
    });
  }

  // The Word document as the core read it (result.canonical_text), to edit and re-check as text.
  async _docxAsText() {
    const d = this._docx;
    if (!d) return;
    if (d.pdf) {
      const text = (this._result && this._result.canonical_text) || this.value;
      this._load(text, { kind: 'auto', name: d.name.replace(/\.(pdf|ofd)$/i, '.txt'), note: this._t().fileRead(d.name) });
      return this._editor.focus();
    }
    const text = (this._result && this._result.canonical_text) || '';
    if (!text.trim()) {
      this._notices.show(this._t().docxNoText);
      return;
    }
    await this._load(text, { kind: 'auto', name: d.name.replace(/\.docx$/i, '.txt'), note: this._t().fileRead(d.name) });
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
      out: await engine.check(text, { kind: this._kind, lang: this._lang(), name: this._fileName, editable: true, ...this._previousOpts }),
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
    if (this._engineDown) return;
    engine.ready().catch((err) => this._engineError(err));
  }

  // The engine cannot start (e.g. a Content-Security-Policy without 'wasm-unsafe-eval'): say so, visibly and
  // as an event the host page can act on. Once per element.
  _engineError(e) {
    if (this._engineDown) return;
    this._engineDown = true;
    const why = String((e && e.message) || e);
    const t = this._t();
    const csp = /Content.Security.Policy|unsafe-eval|wasm-eval|CompileError/i.test(why + ' ' + ((e && e.name) || ''));
    const message = csp ? t.engineBlocked : t.engineStartFailed(why);
    const alert = this._q('.nb-alert');
    alert.textContent = message;
    alert.hidden = false;
    this._error = message;
    this._updateStatus();
    this.dispatchEvent(new CustomEvent('nianbao-error', { detail: { message, reason: csp ? 'csp' : 'engine', error: why }, bubbles: true, composed: true }));
  }

  // ---- results -----------------------------------------------------------------------------------------------
  _showResult(result, html, text) {
    const prevDiags = (this._result && this._result.diagnostics) || [];
    const prev = prevDiags[this._list.current];
    this._result = result;
    this._resultText = text;
    if (!this._engineDown) this._error = null;
    this._applyMarks();
    const diags = (result && result.diagnostics) || [];
    // editor underlines
    const cm = [];
    if (text != null && text === this.value) {
      for (const d of diags) {
        const at = this._placeInText(d);
        if (!hasOffset(at)) continue;
        const from = at.offset;
        cm.push({ from, to: from + (at.length || 0), severity: d.severity === 'info' ? 'info' : d.severity, message: `[${d.rule}] ${d.message}` });
      }
    }
    const len = this._editor.length;
    this._editor.setDiagnostics(cm.map((c) => ({ ...c, from: Math.min(c.from, len), to: Math.min(c.to, len) })));
    // keep the selection on the same problem when it is still there
    let current = -1;
    if (prev) current = diags.findIndex((d) => (prev.fingerprint ? d.fingerprint === prev.fingerprint : d.rule === prev.rule && d.cell === prev.cell && d.message === prev.message));
    this._list.current = current;
    this._list.setResult(result, this._marks);
    this._report.show(result, html);
    this._pdfView.setResult(result);
    this._updateStatus();
    if (current >= 0) this._highlight(current);
    this.dispatchEvent(new CustomEvent('nianbao-result', { detail: result, bubbles: true, composed: true }));
  }

  _updateStatus() {
    const t = this._t();
    const r = this._result;
    let s;
    if (this._error) s = this._engineDown ? this._error : t.engineFailed + this._error;
    else if (!r) s = t.noInput;
    else s = t.summary(r.summary || { errors: 0, warnings: 0, infos: 0 });
    if (r && this._note) s = `${this._note} ${s}`;
    this._q('.nb-status-text').textContent = s;
  }

  // ---- review marks ------------------------------------------------------------------------------------------
  // Marks live by fingerprint (computed by the core), so they survive re-checks and edits elsewhere; they are
  // written into the result (`diagnostics[].review`) that events, JSON and CSV exports carry.
  _applyMarks() {
    for (const d of (this._result && this._result.diagnostics) || []) {
      const m = d.fingerprint && this._marks.get(d.fingerprint);
      if (m) d.review = m.reason ? { status: m.status, reason: m.reason } : { status: m.status };
      else delete d.review;
    }
  }

  _review(i, status, reason) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    if (!d || !d.fingerprint) return;
    if (status) this._marks.set(d.fingerprint, { status, reason: reason || '' });
    else this._marks.delete(d.fingerprint);
    this._applyMarks();
    this._list.render();
    this._saveDraftSoon();
    this.dispatchEvent(new CustomEvent('nianbao-result', { detail: this._result, bubbles: true, composed: true }));
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
    this._pdfView.highlight(d ? i : -1);
    if (!d) return;
    const at = this._placeInText(d);
    if (hasOffset(at) && this._resultText === this.value) this._editor.showRange(at.offset, at.offset + (at.length || 0));
    this._report.highlight(d);
  }

  // Where a finding is in the editor's text: for a PDF the editor holds the canonical text (text_at).
  _placeInText(d) {
    return this._docx && this._docx.pdf ? d.text_at : d.at;
  }

  async _showRule(id, { focus = true } = {}) {
    let rules = [];
    try {
      rules = await engine.rules();
    } catch (e) {
      return;
    }
    const r = rules.find((x) => x.id === id);
    if (!r) return;
    const lang = this._lang();
    this._ruleShown = id;
    const box = this._q('.nb-ruledoc');
    this._q('#nb-ruledoc-h').textContent = `${id} — ${r.title[lang] || r.title.zh}`;
    this._q('.nb-ruledoc-body').innerHTML = ruleDocHtml(r, lang, this._t());
    box.hidden = false;
    if (focus) this._q('.nb-ruledoc-close').focus({ preventScroll: true });
    box.scrollIntoView({ block: 'nearest' });
  }

  _hideRule() {
    const id = this._ruleShown;
    this._ruleShown = null;
    this._q('.nb-ruledoc').hidden = true;
    const link = id && this._q(`.nb-list .nb-rule[data-rule="${CSS.escape(id)}"]`);
    (link || this._q('.nb-list')).focus({ preventScroll: true });
  }

  // ---- fixing in place -----------------------------------------------------------------------------------------
  /**
   * Writes values into cells of the text, as one undoable step: [{cell, value}], and text fixes [{at, text}]
   * (official labels). The core says how each value is written in this layout and refuses what no reader
   * could take as a number. Resolves to the count written.
   */
  async _writeCells(items, userEvent) {
    if (this._docx) return 0;
    if (this._resultText !== this.value) await this._check(); // offsets must belong to the current text
    const html = !!(this._result && this._result.input && this._result.input.kind === 'html');
    const changes = [];
    for (const { cell, value, ...rest } of items) {
      if (!cell) {
        const change = textChange(rest);
        if (change) changes.push(change);
        continue;
      }
      const range = cellRange(this._result, cell);
      if (!range) continue;
      const { before, current, after } = this._editor.lineAround(range.from, range.to);
      const w = await engine.cellWrite(before, current, after, value, html);
      if (w.kind === 'text') return { refused: cell, value: String(value) };
      changes.push({ ...range, insert: w.text });
    }
    if (!changes.length) return 0;
    changes.sort((a, b) => a.from - b.from);
    this._editor.replace(changes, userEvent);
    return changes.length;
  }

  async _editCell(key, value) {
    const t = this._t();
    const out = await this._writeCells([{ cell: key, value }], 'input.nianbao-cell');
    if (out && out.refused) {
      this._report.refuse(key, t.cellNotNumber(out.value));
      return;
    }
    if (!out) this._q('.nb-status-text').textContent = t.cellNoLocation;
  }

  _applyFix(i) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    if (!d || !applicable(d.fix)) return;
    this._writeCells([d.fix], 'input.nianbao-fix');
  }

  // Every certain fix at once (the core's consistent set), one undo.
  async _fixAll() {
    const t = this._t();
    if (this._resultText !== this.value) await this._check();
    const fixes = certainFixes(this._result, (d) => d.review && d.review.status === 'ignored');
    const n = fixes.length ? await this._writeCells(fixes, 'input.nianbao-fixall') : 0;
    if (!n || n.refused) {
      this._notices.show(t.noCertainFixes);
      return;
    }
    this._notices.show(t.fixedN(n), [{ label: t.undo, cls: 'nb-notice-undo', run: () => this._editor.undo() }]);
  }

  // 重算合计: the core computes every total at once (blank totals included), written as one undoable step.
  async _recomputeTotals() {
    const t = this._t();
    if (this._resultText !== this.value) await this._check();
    const targets = this._docx ? [] : totalsTargets(this._result);
    const n = targets.length ? await this._writeCells(targets, 'input.nianbao-totals') : 0;
    if (!n || n.refused) {
      this._notices.show(t.noTotals);
      return;
    }
    const filled = targets.filter((x) => x.blank).length;
    this._notices.show(t.filledTotals(n, filled), [
      { label: t.undo, cls: 'nb-notice-undo', run: () => this._editor.undo() },
    ]);
  }

  // ---- drafts and unsaved edits ------------------------------------------------------------------------------
  _edited() {
    if (this._q('.nb-draft-keep').checked) this._saveDraftSoon();
    else this._drafts.setDirty(true);
  }

  _saveDraftSoon() {
    if (!this._q('.nb-draft-keep').checked) return;
    clearTimeout(this._draftTimer);
    this._draftTimer = setTimeout(() => this._saveDraft(), 500);
  }

  _saveDraft() {
    if (!this._q('.nb-draft-keep').checked || this._docx) return;
    const ok = this._drafts.save({ text: this.value, name: this._fileName, kind: this._kind, marks: [...this._marks] });
    const t = this._t();
    this._q('.nb-draft-status').textContent = ok ? t.draftSaved(new Date().toLocaleTimeString()) : t.draftUnavailable;
    if (ok) this._drafts.setDirty(false);
  }

  _setDraftKeeping(on) {
    const t = this._t();
    const box = this._q('.nb-draft-keep');
    box.checked = !!on;
    if (on) {
      if (!this._drafts.available) {
        box.checked = false;
        this._q('.nb-draft-status').textContent = t.draftUnavailable;
        return;
      }
      this._saveDraft();
    } else {
      clearTimeout(this._draftTimer);
      this._drafts.forget();
      this._q('.nb-draft-status').textContent = t.draftForgotten;
      if (this.value.trim()) this._drafts.setDirty(true);
    }
  }

  _restoreDraft(d) {
    const t = this._t();
    this._q('.nb-draft-keep').checked = true;
    this._marks = new Map(Array.isArray(d.marks) ? d.marks.filter((m) => Array.isArray(m) && m[1] && m[1].status) : []);
    this._load(d.text, { kind: d.kind || 'auto', name: d.name || '', save: false });
    const days = Math.max(1, Math.round((d.expiresAt - Date.now()) / 86400000));
    this._q('.nb-draft-status').textContent = t.draftRestored(new Date(d.savedAt).toLocaleString(), Math.min(days, DRAFT_DAYS));
  }

  // ---- taking it back: copy, Word, export, print -----------------------------------------------------------
  async _cleanRendering(whole) {
    return engine.render(this._result, { lang: this._lang(), fragment: true, tables_only: !whole, style: false, clean: true });
  }

  async _copyTables() {
    const t = this._t();
    const status = this._q('.nb-status-text');
    const data = this._result ? cleanTables(await this._cleanRendering(false)) : null;
    if (!data) {
      status.textContent = t.noTables;
      return;
    }
    const ok = await copyToClipboard(data);
    this._lastCopy = data;
    status.textContent = ok ? t.copied : t.copyFailed;
  }

  async _downloadWord() {
    if (!this._result || this._docx) return;
    const title = (this._result.report && this._result.report.title) || baseName(this._result, this._fileName);
    const doc = wordDocument(await this._cleanRendering(true), title);
    download(this._root, `${baseName(this._result, this._fileName)}-年报.doc`, 'application/msword', '\ufeff' + doc);
    this._drafts.setDirty(false);
  }

  _exportJson() {
    if (!this._result) return;
    download(this._root, `${baseName(this._result, this._fileName)}-nianbao.json`, 'application/json', jsonText(this._result));
  }

  async _exportCsv() {
    const r = this._result;
    if (!r) return;
    download(this._root, `${baseName(r, this._fileName)}-整改清单.csv`, 'text/csv;charset=utf-8', await csvText(r, engine, this._lang()));
  }

  _exportMarks() {
    if (!this._marks.size) {
      this._notices.show(this._t().marksNone);
      return;
    }
    download(this._root, `${baseName(this._result, this._fileName)}-审核标记.json`, 'application/json', marksFile(this._marks, this._result));
  }
}

if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
