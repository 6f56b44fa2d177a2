// The batch view: a progress bar, a summary table of every report (agency, year, template, errors,
// warnings, the worst problem, the report it was paired with) that sorts and filters, a small chart of
// problems by rule and by agency, and the exports (the one CSV 整改清单 of docs/csv.md, and JSON).
// Opening a row hands the file (and its pair) back to the element's single-report view. The pairing column
// overrides the automatic pairing: last year's report chosen from the batch's files (or none), that report
// checked again with it; the exports state every pairing and whether it was chosen.
import { runBatch, checkOneWith } from './pool.js';
import { summarizeResults } from 'nianbao-batch-api';
import { engine } from '../engine.js';
import { download } from '../exports.js';
import { esc, SEVS } from '../util.js';

const COLS = ['file', 'agency', 'year', 'template', 'errors', 'warnings', 'worst', 'paired'];
const NUMERIC = new Set(['year', 'template', 'errors', 'warnings']);

function worstOf(result) {
  const ds = (result && result.diagnostics) || [];
  for (const s of SEVS) {
    const d = ds.find((x) => x.severity === s);
    if (d) return d;
  }
  return null;
}

export class BatchView {
  /** @param {{box: Element, root: ShadowRoot, strings: () => object, lang: () => string, onOpen: (i: number) => void, onClose: () => void}} o */
  constructor({ box, root, strings, lang, onOpen, onClose }) {
    Object.assign(this, { box, root, strings, lang, onOpen, onClose });
    this.sort = { key: null, dir: 1 };
    this.rows = [];
    box.innerHTML = `<div class="nb-batch-head"><h2 class="nb-batch-h"></h2>
<progress class="nb-batch-progress" max="1" value="0"></progress><span class="nb-batch-status" role="status" aria-live="polite"></span></div>
<div class="nb-batch-tools"><button type="button" class="nb-btn nb-batch-stop"></button><button type="button" class="nb-btn nb-batch-csv"></button><button type="button" class="nb-btn nb-batch-json"></button><button type="button" class="nb-btn nb-batch-pairs"></button><button type="button" class="nb-btn nb-batch-close"></button>
<label class="nb-batch-filter"><span></span> <input type="search"></label><label class="nb-chk nb-batch-erronly"><input type="checkbox"><span></span></label></div>
<p class="nb-batch-skipped" hidden></p><div class="nb-batch-chart"></div>
<div class="nb-batch-scroll"><table class="nb-batch-table"><thead><tr>${COLS.map((c) => `<th scope="col" data-col="${c}"><button type="button" data-sort="${c}"></button></th>`).join('')}</tr></thead><tbody></tbody></table></div>`;
    const q = (s) => box.querySelector(s);
    this.q = q;
    q('.nb-batch-stop').addEventListener('click', () => {
      this.control.stop = true;
    });
    q('.nb-batch-csv').addEventListener('click', () => this.exportCsv());
    q('.nb-batch-json').addEventListener('click', () => this.exportJson());
    q('.nb-batch-pairs').addEventListener('click', () => this.exportPairs());
    q('.nb-batch-close').addEventListener('click', () => this.onClose());
    q('.nb-batch-filter input').addEventListener('input', () => this.renderTable());
    q('.nb-batch-erronly input').addEventListener('change', () => this.renderTable());
    q('thead').addEventListener('click', (e) => {
      const b = e.target.closest('[data-sort]');
      if (!b) return;
      const key = b.dataset.sort;
      this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
      this.renderTable();
    });
    q('tbody').addEventListener('click', (e) => {
      const b = e.target.closest('.nb-batch-open');
      if (b) this.onOpen(Number(b.dataset.index));
      const edit = e.target.closest('.nb-batch-pair-edit');
      if (edit) this.editPair(Number(edit.dataset.index));
    });
    q('tbody').addEventListener('change', (e) => {
      const sel = e.target.closest('.nb-batch-pair-select');
      if (sel) this.setPair(Number(sel.dataset.index), Number(sel.value));
    });
    q('tbody').addEventListener('keydown', (e) => {
      // (stopped here, not by the focusout of the re-rendered select: that came a task later, after the key)
      if (e.key === 'Escape' && e.target.closest('.nb-batch-pair-select')) this.stopEditing();
    });
    q('tbody').addEventListener('focusout', (e) => {
      // a choice left without changing it: back to the plain cell
      const sel = e.target.closest('.nb-batch-pair-select');
      if (sel && this.editing === Number(sel.dataset.index)) setTimeout(() => this.editing === Number(sel.dataset.index) && this.stopEditing(), 0);
    });
    this.control = { stop: true };
  }

  /** Starts checking `files` ([{file, name}]); `skipped` are listed. Resolves when done. */
  async run(files, skipped = []) {
    this.control.stop = true; // a batch still running stops taking files
    const control = (this.control = { stop: false });
    this.files = files;
    this.skipped = skipped;
    this.results = new Array(files.length).fill(null);
    this.briefs = new Array(files.length).fill(null);
    this.pairs = new Array(files.length).fill(-1);
    this.chosen = new Map(); // row -> last year's row (-1: none) chosen in the pairing column
    this.rechecking = new Set();
    this.editing = -1;
    this.progress = { phase: 'reading', done: 0, total: files.length };
    this.running = true;
    this.timing = { start: performance.now(), end: null }; // bench/batch.mjs reads it
    this.applyStrings();
    try {
      const out = await runBatch(files.map((f) => f.file), {
        names: files.map((f) => f.name),
        lang: this.lang(),
        control,
        onProgress: (p) => {
          if (this.control !== control) return; // a newer batch replaced this one
          this.progress = p;
          this.showProgress();
        },
        onPairs: (pairs) => {
          if (this.control === control) this.pairs = pairs; // a row opened while the batch runs has its pair
        },
        onResult: (i, result, brief) => {
          if (this.control !== control) return;
          this.results[i] = result;
          this.briefs[i] = brief;
          this.renderSoon();
        },
      });
      if (this.control === control) this.pairs = out.pairs;
    } finally {
      if (this.control === control) {
        this.running = false;
        this.timing.end = performance.now();
        this.stopped = control.stop;
        control.stop = true;
        this.showProgress();
        this.renderTable();
      }
    }
  }

  /** Row i's last year's report: the one chosen in the pairing column, else the automatic pairing's; -1: none. */
  pairOf(i) {
    return this.chosen.has(i) ? this.chosen.get(i) : this.pairs[i];
  }

  /** The row i's file and the file it was paired with (or null). */
  entry(i) {
    const p = this.pairOf(i);
    return { ...this.files[i], previous: p >= 0 ? this.files[p] : null };
  }

  /** The pairing column's choice for row i: a list of the batch's other files, last year's first. */
  editPair(i) {
    this.editing = i;
    this.renderTable();
    const sel = this.box.querySelector(`.nb-batch-pair-select[data-index="${i}"]`);
    if (sel) sel.focus();
  }

  stopEditing() {
    this.editing = -1;
    this.renderTable();
  }

  pairOptions(i) {
    const t = this.strings().batch;
    const me = this.rowOf(i);
    const current = this.pairOf(i);
    const others = this.files.map((_, j) => j).filter((j) => j !== i);
    const yearOf = (j) => this.rowOf(j).year;
    // the likely ones first: the year before this report's, the same agency, then by name
    const rank = (j) => (me.year !== '' && yearOf(j) === me.year - 1 ? 0 : 1) + (me.agency && this.rowOf(j).agency === me.agency ? 0 : 2);
    others.sort((a, b) => rank(a) - rank(b) || (this.files[a].name < this.files[b].name ? -1 : this.files[a].name > this.files[b].name ? 1 : 0));
    const label = (j) => {
      const r = this.rowOf(j);
      const about = [r.agency, r.year].filter((x) => x !== '').join(' ');
      return about ? `${r.file}（${about}）` : r.file;
    };
    return [`<option value="-1"${current < 0 ? ' selected' : ''}>${esc(t.pairNone)}</option>`]
      .concat(others.map((j) => `<option value="${j}"${j === current ? ' selected' : ''}>${esc(label(j))}</option>`))
      .join('');
  }

  /**
   * Row i compared with row j's report (-1: with none) from now on: that report is checked again with it (on the
   * main thread: one report), and the table, chart and exports follow.
   */
  async setPair(i, j) {
    const control = this.control;
    this.editing = -1;
    this.chosen.set(i, j);
    this.rechecking.add(i);
    this.renderTable();
    const prev = j >= 0 ? this.files[j] : null;
    let result;
    try {
      result = await checkOneWith(this.files[i].file, this.files[i].name, prev, this.lang());
    } finally {
      if (this.control === control) this.rechecking.delete(i);
    }
    if (this.control !== control || this.chosen.get(i) !== j) return; // a newer batch, or a newer choice
    if (!result.file) result.file = this.files[i].name;
    this.results[i] = result;
    this.renderTable();
    this.showProgress();
  }

  applyStrings() {
    const t = this.strings().batch;
    const q = this.q;
    q('.nb-batch-h').textContent = t.heading;
    q('.nb-batch-progress').setAttribute('aria-label', t.heading);
    q('.nb-batch-stop').textContent = t.stop;
    q('.nb-batch-csv').textContent = t.csv;
    q('.nb-batch-json').textContent = t.json;
    q('.nb-batch-pairs').textContent = t.pairsExport;
    q('.nb-batch-close').textContent = t.close;
    q('.nb-batch-filter span').textContent = t.filter;
    q('.nb-batch-erronly span').textContent = t.errorsOnly;
    for (const b of this.box.querySelectorAll('[data-sort]')) b.textContent = t.cols[b.dataset.sort];
    const sk = q('.nb-batch-skipped');
    sk.hidden = !(this.skipped && this.skipped.length);
    if (!sk.hidden) sk.textContent = t.skipped(this.skipped.join('、'));
    if (this.files) {
      this.showProgress();
      this.renderTable();
    }
  }

  showProgress() {
    const t = this.strings().batch;
    const { phase, done, total } = this.progress;
    const bar = this.q('.nb-batch-progress');
    // two passes: reading (agency and year for pairing) is the first half, checking the second
    bar.value = total ? (phase === 'reading' ? done : total + done) / (2 * total) : 1;
    this.q('.nb-batch-stop').hidden = !this.running;
    let s;
    if (this.running) s = phase === 'reading' ? t.reading(done, total) : t.checking(done, total);
    else s = (this.stopped ? t.stopped : '') + t.done(summarizeResults(this.results.filter(Boolean)));
    this.q('.nb-batch-status').textContent = s;
    this.box.toggleAttribute('data-running', this.running);
  }

  // The table is redrawn as results come, less often the longer it is: the main thread shares the cores with
  // the workers, and a thousand rows redrawn every few hundred milliseconds would slow the checking down.
  renderSoon() {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.renderTable();
    }, 300 + 2 * this.files.length);
  }

  rowOf(i) {
    const r = this.results[i];
    const b = this.briefs[i] || {};
    const rep = (r && r.report) || {};
    const w = worstOf(r);
    const prev = r && r.previous;
    const p = this.pairOf(i);
    return {
      i,
      file: this.files[i].name,
      agency: rep.agency || b.agency || '',
      year: rep.year ?? b.year ?? '',
      template: rep.template ?? b.template ?? '',
      errors: r ? (r.summary || {}).errors || 0 : '',
      warnings: r ? (r.summary || {}).warnings || 0 : '',
      worst: w ? `[${w.rule}] ${w.message}` : '',
      worstSev: w ? w.severity : '',
      paired: prev && prev.file ? prev.file : p >= 0 ? this.files[p].name : '',
      // who decided the pairing: the core ('auto') or the user in the pairing column ('chosen')
      pairing: this.chosen.has(i) ? 'chosen' : 'auto',
      done: !!r && !this.rechecking.has(i),
    };
  }

  renderTable() {
    clearTimeout(this.timer);
    this.timer = null;
    if (!this.files) return;
    const t = this.strings().batch;
    const filter = this.q('.nb-batch-filter input').value.trim().toLowerCase();
    const errOnly = this.q('.nb-batch-erronly input').checked;
    let rows = this.files.map((_, i) => this.rowOf(i));
    if (filter) rows = rows.filter((r) => `${r.file} ${r.agency} ${r.worst}`.toLowerCase().includes(filter));
    if (errOnly) rows = rows.filter((r) => r.errors > 0);
    const { key, dir } = this.sort;
    if (key) {
      rows.sort((a, b) => {
        const x = a[key];
        const y = b[key];
        if (x === '' || y === '') return x === y ? a.i - b.i : x === '' ? 1 : -1; // not yet known: last
        const c = NUMERIC.has(key) ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return c * dir || a.i - b.i;
      });
    }
    for (const th of this.box.querySelectorAll('th[data-col]')) {
      if (th.dataset.col === key) th.setAttribute('aria-sort', dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const cell = (r, c) => {
      if (c === 'file') return `<th scope="row"><button type="button" class="nb-batch-open" data-index="${r.i}" ${r.done ? '' : 'disabled'}>${esc(r.file)}</button></th>`;
      if (c === 'worst') return `<td class="nb-batch-worst" data-severity="${r.worstSev}" title="${esc(r.worst)}">${esc(r.worst)}</td>`;
      if (c === 'paired') return this.pairedCell(r, t);
      return `<td class="nb-batch-${c}">${esc(r[c])}</td>`;
    };
    this.q('tbody').innerHTML = rows.map((r) => `<tr data-index="${r.i}"${r.errors > 0 ? ' class="nb-batch-has-errors"' : ''}>${COLS.map((c) => cell(r, c)).join('')}</tr>`).join('');
    this.renderChart();
  }

  // Last year's report of row r: its name (or 未配对), whether it was chosen, and the button that changes it;
  // while changing, the choice itself.
  pairedCell(r, t) {
    if (this.editing === r.i) {
      return `<td class="nb-batch-paired"><select class="nb-batch-pair-select" data-index="${r.i}" aria-label="${esc(t.pairChoose(r.file))}">${this.pairOptions(r.i)}</select></td>`;
    }
    const name = r.paired ? esc(r.paired) : r.done ? esc(t.unpaired) : '';
    const chosen = r.pairing === 'chosen' ? ` <span class="nb-batch-pair-chosen">${esc(t.pairChosen)}</span>` : '';
    const busy = this.rechecking.has(r.i) ? ` <span class="nb-batch-pair-busy">${esc(t.rechecking)}</span>` : '';
    const edit = r.done ? ` <button type="button" class="nb-batch-pair-edit" data-index="${r.i}" aria-label="${esc(t.pairChoose(r.file))}">${esc(t.pairChange)}</button>` : '';
    return `<td class="nb-batch-paired" data-pairing="${r.pairing}"><span class="nb-batch-pair-name">${name}</span>${chosen}${busy}${edit}</td>`;
  }

  // Problems by rule and by agency (errors and warnings), the ten largest of each, as plain bars.
  renderChart() {
    const t = this.strings().batch;
    const done = this.results.filter(Boolean);
    const byRule = summarizeResults(done).rules.map((r) => [r.rule, r.count]);
    const agencies = new Map();
    for (let i = 0; i < this.results.length; i++) {
      const r = this.results[i];
      if (!r) continue;
      const a = this.rowOf(i).agency || this.files[i].name;
      const s = r.summary || {};
      agencies.set(a, (agencies.get(a) || 0) + (s.errors || 0) + (s.warnings || 0));
    }
    const byAgency = [...agencies].filter((x) => x[1] > 0).sort((a, b) => b[1] - a[1]);
    const bars = (title, cls, list) => {
      const top = list.slice(0, 10);
      const max = Math.max(1, ...top.map((x) => x[1]));
      return `<figure class="nb-chart ${cls}"><figcaption>${esc(title)}</figcaption>${top
        .map(([label, n]) => `<div class="nb-bar"><span class="nb-bar-label" title="${esc(label)}">${esc(label)}</span><span class="nb-bar-track"><span class="nb-bar-fill" data-w="${((100 * n) / max).toFixed(1)}"></span></span><span class="nb-bar-n">${n}</span></div>`)
        .join('')}</figure>`;
    };
    const box = this.q('.nb-batch-chart');
    box.innerHTML = done.length ? bars(t.chartRules, 'nb-chart-rules', byRule) + bars(t.chartAgencies, 'nb-chart-agencies', byAgency) : '';
    // widths through the CSSOM, not style attributes: a strict Content-Security-Policy allows only this
    for (const f of box.querySelectorAll('[data-w]')) f.style.width = `${f.dataset.w}%`;
  }

  finished() {
    return this.results.filter(Boolean);
  }

  async exportCsv() {
    const csv = await engine.format(this.finished(), 'csv', this.lang());
    download(this.root, `${this.strings().batch.fileStem}-整改清单.csv`, 'text/csv;charset=utf-8', csv.startsWith('\ufeff') ? csv : '\ufeff' + csv);
  }

  exportJson() {
    const results = this.finished();
    const rows = this.files.map((_, i) => this.rowOf(i)).filter((r) => r.done).map(({ i, done, worstSev, ...r }) => r);
    // reports[].paired and .pairing ('auto' | 'chosen') state each pairing; results[].previous says the same
    const text = JSON.stringify({ nianbao_batch: 1, summary: summarizeResults(results), reports: rows, results }, null, 1);
    download(this.root, `${this.strings().batch.fileStem}-nianbao.json`, 'application/json', text);
  }

  /**
   * The pairing as a pairing file (docs/batch.md): one line per report, "THIS_YEAR,PREVIOUS" ("-" for none), so
   * `nianbao check --pairs FILE FOLDER` repeats the page's pairing, chosen ones included. A name holding a comma
   * is separated by a tab instead.
   */
  exportPairs() {
    const lines = ['# nianbao --pairs: THIS_YEAR,PREVIOUS ("-": none); pairing chosen in the page marked "# chosen"'];
    this.files.forEach((f, i) => {
      const p = this.pairOf(i);
      const prev = p >= 0 ? this.files[p].name : '-';
      const sep = f.name.includes(',') || prev.includes(',') ? '\t' : ',';
      if (this.chosen.has(i)) lines.push('# chosen');
      lines.push(`${f.name}${sep}${prev}`);
    });
    download(this.root, `${this.strings().batch.fileStem}-pairs.csv`, 'text/csv;charset=utf-8', lines.join('\r\n') + '\r\n');
  }
}
