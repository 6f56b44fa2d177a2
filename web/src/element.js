// <nianbao-checker>: the whole checker page as one custom element with an open shadow root.
// Contract (docs: /work/shared/spec/OUTPUT.md): attribute lang="zh|en", attribute/property value (the report text;
// setting it re-checks), event `nianbao-result` (bubbles, composed) whose detail is the result object.
import { EditorView, keymap, placeholder, lineNumbers, drawSelection, highlightActiveLine, Decoration } from '@codemirror/view';
import { EditorState, Compartment, Annotation, Prec, StateField, StateEffect } from '@codemirror/state';
import { history, historyKeymap, defaultKeymap } from '@codemirror/commands';
import { setDiagnostics, lintGutter } from '@codemirror/lint';
import css from './styles.css';
import exampleText from '../example-report.txt';
import { strings } from './i18n.js';
import { engine, LARGE_INPUT } from './engine.js';
import { docxToText } from './docx-text.js';

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

const SEVS = ['error', 'warning', 'info'];
const RANK = { error: 3, warning: 2, info: 1 };
const TABLE_TITLES = {
  zh: { t2: '二、主动公开政府信息情况', t3: '三、收到和处理政府信息公开申请情况', t4: '四、政府信息公开行政复议、行政诉讼情况' },
  en: { t2: '二、主动公开政府信息情况', t3: '三、收到和处理政府信息公开申请情况', t4: '四、政府信息公开行政复议、行政诉讼情况' },
};

const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function decodeText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const TEMPLATE = `
<div class="nb-app">
  <header class="nb-head">
    <div class="nb-brand"><h1 class="nb-title" data-t="title"></h1><p class="nb-sub" data-t="subtitle"></p></div>
    <div class="nb-tools" role="toolbar">
      <button type="button" class="nb-btn nb-example" data-t="example" data-t-title="exampleTitle"></button>
      <label class="nb-btn nb-open"><span data-t="open"></span><input type="file" class="nb-file" data-t-label="openLabel"
        accept=".txt,.htm,.html,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"></label>
      <button type="button" class="nb-btn nb-totals" data-t="recomputeTotals" data-t-title="recomputeTotalsTitle"></button>
      <button type="button" class="nb-btn nb-copy" data-t="copyTables" data-t-title="copyTablesTitle"></button>
      <button type="button" class="nb-btn nb-json" data-t="exportJson"></button>
      <button type="button" class="nb-btn nb-csv" data-t="exportCsv"></button>
      <button type="button" class="nb-btn nb-print" data-t="print"></button>
      <label class="nb-lang"><span data-t="language"></span>
        <select class="nb-lang-select"><option value="zh" lang="zh-CN">中文</option><option value="en" lang="en">English</option></select></label>
    </div>
  </header>
  <p class="nb-drop" data-t="dropHint"></p>
  <div class="nb-status" role="status" aria-live="polite"><span class="nb-spinner" aria-hidden="true" hidden></span><span class="nb-status-text"></span></div>
  <div class="nb-main">
   <div class="nb-side">
    <section class="nb-col nb-col-input" aria-labelledby="nb-h-editor">
      <h2 id="nb-h-editor" data-t="editorHeading"></h2>
      <div class="nb-docx" hidden><p class="nb-docx-note"></p><button type="button" class="nb-btn nb-docx-text" data-t="docxToText"></button></div>
      <div class="nb-editor"></div>
    </section>
    <section class="nb-col nb-col-problems" aria-labelledby="nb-h-problems">
      <h2 id="nb-h-problems"><span data-t="problemsHeading"></span> <span class="nb-count"></span></h2>
      <div class="nb-filters">
        <fieldset class="nb-sevfilter"><legend data-t="filterSeverity"></legend>
          ${SEVS.map((s) => `<label class="nb-chk nb-chk-${s}"><input type="checkbox" value="${s}" checked><span class="nb-sev-icon" aria-hidden="true"></span><span class="nb-sev-name" data-t="${s}"></span> <span class="nb-sev-count"></span></label>`).join('')}
        </fieldset>
        <label class="nb-rulefilter"><span data-t="filterRule"></span> <select class="nb-rule-select"></select></label>
      </div>
      <div class="nb-nav">
        <button type="button" class="nb-btn nb-prev"><span aria-hidden="true">↑ </span><span data-t="prev"></span></button>
        <button type="button" class="nb-btn nb-next"><span aria-hidden="true">↓ </span><span data-t="next"></span></button>
        <span class="nb-navhint" data-t="navHint"></span>
      </div>
      <ol class="nb-list"></ol>
    </section>
   </div>
    <section class="nb-col nb-col-report" aria-labelledby="nb-h-report">
      <h2 id="nb-h-report" data-t="reportHeading"></h2>
      <p class="nb-hint" data-t="reportHint"></p>
      <div class="nb-report"></div>
    </section>
  </div>
</div>`;

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
    this._current = -1;
    this._filters = { error: true, warning: true, info: true, rule: '' };
    this._docx = null; // {name, bytes} while showing a .docx that has no editable text
    this._fileName = '';
    this._pendingValue = null;
  }

  // ---- public API -------------------------------------------------------------------------------------------
  get value() {
    if (this._view) return this._view.state.doc.toString();
    return this._pendingValue ?? this.getAttribute('value') ?? '';
  }
  set value(v) {
    const text = v == null ? '' : String(v);
    if (!this._view) {
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

  connectedCallback() {
    if (!this._view) this._build();
  }

  attributeChangedCallback(name, oldV, newV) {
    if (!this._view || oldV === newV) return;
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
    this._editorLang = new Compartment();
    this._readOnly = new Compartment();
    const nav = (dir) => () => {
      this._step(dir);
      return true;
    };
    this._view = new EditorView({
      root: this._root,
      parent: this._q('.nb-editor'),
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
          this._editorLang.of(this._editorLangExt()),
          this._readOnly.of(EditorState.readOnly.of(false)),
          EditorView.updateListener.of((u) => {
            if (!u.docChanged) return;
            if (u.transactions.some((tr) => tr.annotation(Programmatic))) return;
            this._docx = null;
            this._scheduleCheck(u.transactions.some((tr) => tr.annotation(Immediate)));
          }),
        ],
      }),
    });
    this._wire();
    this._applyLang();
    const initial = this._pendingValue ?? this.getAttribute('value');
    this._pendingValue = null;
    if (initial) this._load(initial, { kind: 'auto' });
    else this._showResult(null, '');
  }

  _editorLangExt() {
    const t = this._t();
    return [placeholder(t.editorPlaceholder), EditorView.contentAttributes.of({ 'aria-label': t.editorLabel, lang: 'zh-CN', tabindex: '0' })];
  }

  _applyLang() {
    const t = this._t();
    const lang = this._lang();
    this._q('.nb-app').setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    for (const el of this._root.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
    for (const el of this._root.querySelectorAll('[data-t-title]')) el.title = t[el.dataset.tTitle];
    for (const el of this._root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t[el.dataset.tLabel]);
    for (const s of SEVS) this._q(`.nb-chk-${s} .nb-sev-icon`).textContent = t.sevIcon[s];
    this._q('.nb-tools').setAttribute('aria-label', t.title);
    this._q('.nb-lang-select').value = lang;
    this._view.dispatch({ effects: this._editorLang.reconfigure(this._editorLangExt()) });
    if (this._docx) this._q('.nb-docx-note').textContent = t.docxNote(this._docx.name);
    this._renderList();
  }

  _wire() {
    const r = this._root;
    this._q('.nb-example').addEventListener('click', () => this.loadExample());
    this._q('.nb-file').addEventListener('change', (e) => {
      const f = e.target.files && e.target.files[0];
      if (f) this._openFile(f);
      e.target.value = '';
    });
    this._q('.nb-totals').addEventListener('click', () => this._recomputeTotals());
    this._q('.nb-copy').addEventListener('click', () => this._copyTables());
    this._q('.nb-json').addEventListener('click', () => this._exportJson());
    this._q('.nb-csv').addEventListener('click', () => this._exportCsv());
    this._q('.nb-print').addEventListener('click', () => window.print());
    this._q('.nb-lang-select').addEventListener('change', (e) => this.setAttribute('lang', e.target.value));
    this._q('.nb-prev').addEventListener('click', () => this._step(-1));
    this._q('.nb-next').addEventListener('click', () => this._step(1));
    this._q('.nb-docx-text').addEventListener('click', () => this._docxAsText());
    for (const cb of r.querySelectorAll('.nb-sevfilter input')) {
      cb.addEventListener('change', () => {
        this._filters[cb.value] = cb.checked;
        this._renderList();
      });
    }
    this._q('.nb-rule-select').addEventListener('change', (e) => {
      this._filters.rule = e.target.value;
      this._renderList();
    });
    const list = this._q('.nb-list');
    list.addEventListener('click', (e) => {
      const fix = e.target.closest('.nb-fix');
      if (fix) return this._applyFix(+fix.dataset.index);
      const item = e.target.closest('.nb-diag');
      if (item) this._select(+item.dataset.index);
    });
    // keyboard: F8 / Shift+F8 anywhere, j / k outside text fields
    r.addEventListener('keydown', (e) => {
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
    // paste: an HTML table replaces the input (read as HTML); plain text outside the editor replaces it too
    r.addEventListener(
      'paste',
      (e) => {
        const target = e.composedPath()[0];
        if (target && target.closest && target.closest('.nb-editable, input, select')) return;
        const dt = e.clipboardData;
        if (!dt) return;
        const html = dt.getData('text/html');
        const plain = dt.getData('text/plain');
        const inEditor = target && target.closest && target.closest('.cm-editor');
        if (html && /<table[\s>]/i.test(html)) {
          e.preventDefault();
          e.stopPropagation();
          this._load(html, { kind: 'html', note: this._t().htmlPasted });
        } else if (!inEditor && plain) {
          e.preventDefault();
          e.stopPropagation();
          this._load(plain, { kind: 'auto' });
        }
      },
      true,
    );
    // drag and drop of files anywhere on the element
    const app = this._q('.nb-app');
    r.addEventListener('dragover', (e) => {
      if (e.dataTransfer && [...e.dataTransfer.types].includes('Files')) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        app.classList.add('nb-dragging');
        this._q('.nb-drop').textContent = this._t().dropNow;
      }
    });
    const leave = () => {
      app.classList.remove('nb-dragging');
      this._q('.nb-drop').textContent = this._t().dropHint;
    };
    r.addEventListener('dragleave', (e) => {
      if (!e.relatedTarget || !this._root.contains(e.relatedTarget)) leave();
    });
    r.addEventListener(
      'drop',
      (e) => {
        const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
        leave();
        if (f) {
          e.preventDefault();
          e.stopPropagation();
          this._openFile(f);
        }
      },
      true,
    );
    this._wireCells();
  }

  // ---- input -------------------------------------------------------------------------------------------------
  _setEditorText(text) {
    const v = this._view;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, annotations: Programmatic.of(true), effects: setCurrent.of(null) });
  }

  _setDocxMode(docx) {
    this._docx = docx;
    const box = this._q('.nb-docx');
    box.hidden = !docx;
    this._q('.nb-editor').hidden = !!docx;
    if (docx) this._q('.nb-docx-note').textContent = this._t().docxNote(docx.name);
    this._view.dispatch({ effects: this._readOnly.reconfigure(EditorState.readOnly.of(!!docx)) });
  }

  _load(text, { kind = 'auto', name = '', note = '' } = {}) {
    this._setDocxMode(null);
    this._kind = kind;
    this._fileName = name;
    this._note = note;
    this._current = -1;
    clearTimeout(this._timer);
    this._setEditorText(text);
    return this._check();
  }

  async _openFile(file) {
    const name = file.name || 'file';
    const bytes = new Uint8Array(await file.arrayBuffer());
    const ext = (name.match(/\.([^.]+)$/) || [, ''])[1].toLowerCase();
    const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    this._current = -1;
    this._fileName = name;
    this._note = this._t().fileRead(name);
    if (ext === 'docx' || isZip) {
      this._setEditorText('');
      this._setDocxMode({ name, bytes });
      return this._checkDocx();
    }
    this._setDocxMode(null);
    const text = decodeText(bytes);
    this._kind = /^html?$/.test(ext) || /^\s*<(!doctype|html|table|meta|body)/i.test(text) ? 'html' : 'auto';
    this._setEditorText(text);
    const seq = ++this._seq;
    this._busy(true, bytes.length);
    try {
      let out = await engine.checkFile(bytes, { name, lang: this._lang() });
      // the editor shows our own decoding; use the file result only when it points into the same text
      if (!out.result || !out.result.input || out.result.input.chars !== text.length) {
        out = await engine.check(text, { kind: this._kind, lang: this._lang(), name });
      }
      if (seq === this._seq) this._showResult(out.result, out.html, text);
    } catch (e) {
      if (seq === this._seq) this._fail(e);
    } finally {
      if (seq === this._seq) this._busy(false);
    }
  }

  async _checkDocx() {
    const d = this._docx;
    const seq = ++this._seq;
    this._busy(true, d.bytes.length);
    try {
      const out = await engine.checkFile(d.bytes, { name: d.name, lang: this._lang() });
      if (seq === this._seq) this._showResult(out.result, out.html, null);
    } catch (e) {
      if (seq === this._seq) this._fail(e);
    } finally {
      if (seq === this._seq) this._busy(false);
    }
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
    this._view.focus();
  }

  _scheduleCheck(immediate) {
    clearTimeout(this._timer);
    this._note = '';
    if (immediate) return this._check();
    const delay = this._view.state.doc.length > LARGE_INPUT ? 1200 : 400;
    this._timer = setTimeout(() => this._check(), delay);
  }

  async _check() {
    clearTimeout(this._timer);
    if (this._docx) return this._checkDocx();
    const seq = ++this._seq;
    const text = this.value;
    if (!text.trim()) {
      this._showResult(null, '', text);
      return null;
    }
    this._busy(true, text.length);
    try {
      const out = await engine.check(text, { kind: this._kind, lang: this._lang(), name: this._fileName });
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
    this._q('.nb-report').setAttribute('aria-busy', on ? 'true' : 'false');
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
    const prev = this._result && this._result.diagnostics && this._result.diagnostics[this._current];
    this._result = result;
    this._resultText = text;
    this._error = null;
    const diags = (result && result.diagnostics) || [];
    // editor underlines
    const len = this._view.state.doc.length;
    const cm = [];
    if (text != null && text === this.value) {
      for (const d of diags) {
        const at = d.at;
        if (!at || typeof at.offset !== 'number') continue;
        const from = Math.min(at.offset, len);
        const to = Math.min(at.offset + (at.length || 0), len);
        cm.push({ from, to, severity: d.severity === 'info' ? 'info' : d.severity, message: `[${d.rule}] ${d.message}` });
      }
    }
    this._view.dispatch(setDiagnostics(this._view.state, cm));
    // keep the selection on the same problem when it is still there
    this._current = -1;
    if (prev) this._current = diags.findIndex((d) => d.rule === prev.rule && d.cell === prev.cell && d.message === prev.message);
    this._renderRuleOptions();
    this._renderReport(html);
    this._renderList();
    this._updateStatus();
    if (this._current >= 0) this._highlight(this._current);
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

  _renderRuleOptions() {
    const sel = this._q('.nb-rule-select');
    const counts = new Map();
    for (const d of (this._result && this._result.diagnostics) || []) counts.set(d.rule, (counts.get(d.rule) || 0) + 1);
    if (this._filters.rule && !counts.has(this._filters.rule)) this._filters.rule = '';
    const t = this._t();
    sel.innerHTML =
      `<option value="">${esc(t.allRules)}</option>` + [...counts].sort().map(([rule, n]) => `<option value="${esc(rule)}">${esc(rule)} (${n})</option>`).join('');
    sel.value = this._filters.rule;
  }

  _visible() {
    const diags = (this._result && this._result.diagnostics) || [];
    const out = [];
    diags.forEach((d, i) => {
      const sev = SEVS.includes(d.severity) ? d.severity : 'info';
      if (!this._filters[sev]) return;
      if (this._filters.rule && d.rule !== this._filters.rule) return;
      out.push(i);
    });
    return out;
  }

  _renderList() {
    if (!this._view) return;
    const t = this._t();
    const list = this._q('.nb-list');
    const diags = (this._result && this._result.diagnostics) || [];
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of diags) counts[SEVS.includes(d.severity) ? d.severity : 'info']++;
    for (const s of SEVS) this._q(`.nb-chk-${s} .nb-sev-count`).textContent = `(${counts[s]})`;
    this._q('.nb-count').textContent = this._result ? `(${diags.length})` : '';
    const vis = this._visible();
    if (!this._result) list.innerHTML = `<li class="nb-empty">${esc(t.noInput)}</li>`;
    else if (!diags.length) list.innerHTML = `<li class="nb-empty">${esc(t.noProblems)}</li>`;
    else if (!vis.length) list.innerHTML = `<li class="nb-empty">${esc(t.filteredOut)}</li>`;
    else {
      list.innerHTML = vis
        .map((i) => {
          const d = diags[i];
          const sev = SEVS.includes(d.severity) ? d.severity : 'info';
          const loc = [d.cell ? `${t.cell} ${d.cell}` : '', d.at && d.at.line ? t.line(d.at.line, d.at.column) : ''].filter(Boolean).join(' · ');
          const fix =
            d.fix && d.fix.cell && d.fix.value != null
              ? `<button type="button" class="nb-btn nb-fix" data-index="${i}" title="${esc(t.fixLabel(d.fix.cell, d.fix.value))}">${esc(t.fix(d.fix.value))}<span class="nb-vh"> (${esc(d.fix.cell)})</span></button>`
              : '';
          return `<li class="nb-item nb-item-${sev}${i === this._current ? ' nb-selected' : ''}" data-index="${i}" data-rule="${esc(d.rule)}">
            <button type="button" class="nb-diag" data-index="${i}"${i === this._current ? ' aria-current="true"' : ''}>
              <span class="nb-sev nb-sev-${sev}"><span aria-hidden="true">${t.sevIcon[sev]}</span> ${esc(t[sev])}</span>
              <code class="nb-rule">${esc(d.rule)}</code>
              <span class="nb-msg">${esc(d.message)}</span>
              ${loc ? `<span class="nb-loc">${esc(loc)}</span>` : ''}
            </button>${fix}</li>`;
        })
        .join('');
    }
  }

  _renderReport(html) {
    const box = this._q('.nb-report');
    const r = this._result;
    if (!r) {
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
    for (const d of r.diagnostics || []) {
      if (d.cell && (RANK[d.severity] || 0) > (RANK[sevOf[d.cell]] || 0)) sevOf[d.cell] = d.severity;
      for (const c of d.cells || []) related.add(c);
    }
    const editable = !this._docx && this._resultText != null;
    const t = this._t();
    for (const td of box.querySelectorAll('td[data-cell], th[data-cell]')) {
      const key = td.dataset.cell;
      if (sevOf[key] && !td.dataset.severity) td.dataset.severity = sevOf[key];
      if (related.has(key) && !sevOf[key]) td.classList.add('nb-rel');
      const info = this._cellInfo(key);
      if (editable && info && info.at && typeof info.at.offset === 'number') {
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
    }
    if (this._refocusCell) {
      const ed = box.querySelector(`[data-edit-cell="${CSS.escape(this._refocusCell)}"]`);
      this._refocusCell = null;
      if (ed) ed.focus();
    }
  }

  _cellInfo(key) {
    const [tb, row, col] = String(key).split('.');
    const tables = this._result && this._result.report && this._result.report.tables;
    return tables && tables[tb] && tables[tb][row] && tables[tb][row][col];
  }

  // ---- selection and navigation ------------------------------------------------------------------------------
  _step(dir) {
    const vis = this._visible();
    if (!vis.length) return;
    let pos = vis.indexOf(this._current);
    pos = pos < 0 ? (dir > 0 ? 0 : vis.length - 1) : (pos + dir + vis.length) % vis.length;
    this._select(vis[pos], { focusItem: true });
  }

  _select(i, { focusItem = false } = {}) {
    this._current = i;
    for (const li of this._root.querySelectorAll('.nb-item')) {
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
    this._highlight(i);
  }

  _highlight(i) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    const box = this._q('.nb-report');
    for (const el of box.querySelectorAll('.nb-current, .nb-current-rel')) el.classList.remove('nb-current', 'nb-current-rel');
    if (!d) return;
    for (const c of d.cells || []) {
      const td = box.querySelector(`[data-cell="${CSS.escape(c)}"]`);
      if (td) td.classList.add('nb-current-rel');
    }
    const at = d.at;
    if (at && typeof at.offset === 'number' && this._resultText === this.value) {
      const len = this._view.state.doc.length;
      const from = Math.min(at.offset, len);
      const to = Math.min(at.offset + (at.length || 0), len);
      this._view.dispatch({ selection: { anchor: from, head: to }, effects: setCurrent.of({ from, to }) });
      // scroll the editor only (CodeMirror's own scrollIntoView would also move the page away from the cell)
      const sd = this._view.scrollDOM;
      sd.scrollTop = Math.max(0, this._view.lineBlockAt(from).top - sd.clientHeight / 2);
    }
    if (d.cell) {
      const td = box.querySelector(`[data-cell="${CSS.escape(d.cell)}"]`);
      if (td) {
        td.classList.add('nb-current');
        td.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
    }
  }

  // ---- fixing in place -----------------------------------------------------------------------------------------
  _wireCells() {
    const box = this._q('.nb-report');
    box.addEventListener('click', (e) => {
      // references to the core's own problem list go to ours instead (and never touch the host page's URL)
      const a = e.target.closest && e.target.closest('a[href^="#nb-diag-"]');
      if (a) {
        e.preventDefault();
        const n = parseInt(a.getAttribute('href').slice(9), 10);
        if (n > 0) this._select(n - 1, { focusItem: true });
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
        this._commitCell(td);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        td.textContent = td._orig ?? td.textContent;
        td._orig = td.textContent;
      }
    });
    box.addEventListener('focusout', (e) => {
      const td = e.target.closest && e.target.closest('.nb-editable');
      if (td) this._commitCell(td);
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

  _commitCell(td) {
    const val = td.textContent.replace(/\s+/g, ' ').trim();
    if (td._orig == null || val === td._orig.replace(/\s+/g, ' ').trim()) return;
    td._orig = td.textContent;
    this._editCell(td.dataset.editCell, val);
  }

  async _editCell(key, value) {
    if (this._resultText !== this.value) await this._check(); // offsets must belong to the current text
    const info = this._cellInfo(key);
    const at = info && info.at;
    if (!at || typeof at.offset !== 'number' || this._docx) {
      this._q('.nb-status-text').textContent = this._t().cellNoLocation;
      return;
    }
    const from = Math.min(at.offset, this._view.state.doc.length);
    const to = Math.min(at.offset + (at.length || 0), this._view.state.doc.length);
    this._view.dispatch({ changes: { from, to, insert: String(value) }, annotations: [Immediate.of(true)], userEvent: 'input.nianbao-cell' });
  }

  // Sets every 总计 cell that the core found wrong to the sum the core computed (its `expected`): row totals
  // and table 四 first, then, after the re-check, the （七）总计 row, which sums the corrected rows.
  async _recomputeTotals() {
    const TOTAL_RULES = ['t3-row-total', 't4-total', 't3-results-total'];
    for (let round = 0; round < 3; round++) {
      if (this._resultText !== this.value) await this._check();
      const diags = ((this._result && this._result.diagnostics) || []).filter(
        (d) => TOTAL_RULES.includes(d.rule) && d.cell && typeof d.expected === 'number');
      const edits = new Map();
      for (const d of diags) {
        if (d.rule === 't3-results-total' && diags.some((x) => x.rule === 't3-row-total')) continue;  // next round
        const info = this._cellInfo(d.cell);
        if (info && info.at && typeof info.at.offset === 'number') edits.set(d.cell, { at: info.at, value: d.expected });
      }
      if (!edits.size || this._docx) break;
      const len = this._view.state.doc.length;
      const changes = [...edits.values()]
        .sort((a, b) => a.at.offset - b.at.offset)
        .map((e) => ({ from: Math.min(e.at.offset, len), to: Math.min(e.at.offset + (e.at.length || 0), len), insert: String(e.value) }));
      this._view.dispatch({ changes, annotations: [Immediate.of(true)], userEvent: 'input.nianbao-totals' });
      await this._check();
    }
  }

  _applyFix(i) {
    const d = this._result && this._result.diagnostics && this._result.diagnostics[i];
    if (!d || !d.fix) return;
    this._refocusCell = null;
    this._editCell(d.fix.cell, d.fix.value);
    // keep keyboard users in the list
    requestAnimationFrame(() => {
      const first = this._q('.nb-list .nb-diag');
      if (first) first.focus({ preventScroll: true });
    });
  }

  // ---- taking it back: copy, export, print ---------------------------------------------------------------
  _cleanTablesHtml() {
    const box = this._q('.nb-report');
    const lang = this._lang();
    const picked = [];
    for (const tb of ['t2', 't3', 't4']) {
      const table = [...box.querySelectorAll('table')].find((x) => x.querySelector(`[data-cell^="${tb}."]`));
      if (table && !picked.some((p) => p.table === table)) picked.push({ tb, table });
    }
    if (!picked.length) return null;
    const cellStyle = 'border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle;';
    let html = '';
    let text = '';
    for (const { tb, table } of picked) {
      const title = TABLE_TITLES[lang][tb];
      html += `<p style="font-family:SimSun,'宋体',serif;font-size:12pt;font-weight:bold">${esc(title)}</p>`;
      html += `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:SimSun,'宋体',serif;font-size:10.5pt">`;
      text += `${title}\n`;
      for (const tr of table.querySelectorAll('tr')) {
        html += '<tr>';
        const cells = [];
        for (const c of tr.children) {
          if (!/^T[DH]$/.test(c.tagName)) continue;
          const tag = c.tagName.toLowerCase();
          const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
          const clone = c.cloneNode(true);
          for (const x of clone.querySelectorAll('.nb-icon, .nb-refs, .nb-sr, .nb-fix, .nb-extra-note, sup')) x.remove();
          const v = clone.textContent.replace(/\s+/g, ' ').trim();
          html += `<${tag}${span} style="${cellStyle}">${esc(v)}</${tag}>`;
          cells.push(v);
        }
        html += '</tr>';
        text += cells.join('\t') + '\n';
      }
      html += '</table><p></p>';
      text += '\n';
    }
    return { html: `<html><head><meta charset="utf-8"></head><body>${html}</body></html>`, text };
  }

  async _copyTables() {
    const t = this._t();
    const status = this._q('.nb-status-text');
    const data = this._cleanTablesHtml();
    if (!data) {
      status.textContent = t.noTables;
      return;
    }
    let ok = false;
    // synchronous path first: a copy event we fill ourselves (works from file:// and inside iframes)
    const onCopy = (e) => {
      e.clipboardData.setData('text/html', data.html);
      e.clipboardData.setData('text/plain', data.text);
      e.preventDefault();
      ok = true;
    };
    document.addEventListener('copy', onCopy, true);
    try {
      document.execCommand('copy');
    } catch (e) {
      /* ignore */
    }
    document.removeEventListener('copy', onCopy, true);
    if (!ok && navigator.clipboard && window.ClipboardItem) {
      try {
        await navigator.clipboard.write([
          new ClipboardItem({ 'text/html': new Blob([data.html], { type: 'text/html' }), 'text/plain': new Blob([data.text], { type: 'text/plain' }) }),
        ]);
        ok = true;
      } catch (e) {
        /* refused */
      }
    }
    this._lastCopy = data;
    status.textContent = ok ? t.copied : t.copyFailed;
  }

  _baseName() {
    const n = (this._result && this._result.file) || this._fileName || 'report';
    return String(n).replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'report';
  }

  _download(name, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this._root.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  _exportJson() {
    if (!this._result) return;
    this._download(`${this._baseName()}-nianbao.json`, 'application/json', JSON.stringify(this._result, null, 2));
  }

  async _exportCsv() {
    const r = this._result;
    if (!r) return;
    let csv;
    try {
      csv = await engine.format([r], 'csv');
    } catch (e) {
      csv = null;
    }
    if (typeof csv !== 'string') {
      const q = (v) => (/[",\n\r]/.test(String(v ?? '')) ? `"${String(v).replace(/"/g, '""')}"` : String(v ?? ''));
      csv = 'file,rule,severity,cell,line,column,expected,found,message\n';
      for (const d of r.diagnostics || []) {
        csv += [r.file || '', d.rule, d.severity, d.cell || '', d.at && d.at.line, d.at && d.at.column, d.expected, d.found, d.message].map(q).join(',') + '\n';
      }
    }
    if (!csv.startsWith('\ufeff')) csv = '\ufeff' + csv; // so Excel/WPS read the UTF-8 Chinese
    this._download(`${this._baseName()}-整改清单.csv`, 'text/csv;charset=utf-8', csv);
  }
}

if (!customElements.get('nianbao-checker')) customElements.define('nianbao-checker', NianbaoChecker);
