// The PDF view: the pages of the opened PDF rendered by pdf.js into canvases, beside the re-drawn tables, with
// each finding's `box` ({page, x, y, w, h} in points, top-left origin of the displayed page: docs/runs.md) drawn
// on its page. Clicking a box selects its finding; selecting a finding scrolls to its box.
// Interface: open(bytes, name) / close(), setResult(result), highlight(i), setLang(); callback onSelect(i).
import { startPdfjs } from './pdf-runtime.js';
import { pdfStrings } from './pdf-strings.js';

// Pages rendered at most: a report has about ten; a 300-page PDF is checked whole but not all drawn.
const MAX_PAGES = 60;

export class PdfView {
  /** @param {{main: Element, before: Element, lang: () => string, onSelect: (i: number) => void}} opts */
  constructor({ main, before, lang, onSelect }) {
    this._main = main;
    this._lang = lang;
    this._onSelect = onSelect;
    this._gen = 0;
    this._doc = null;
    this._pages = new Map(); // page number -> {el, scale}
    this._diags = [];
    this.section = document.createElement('section');
    this.section.className = 'nb-col nb-col-pdf';
    this.section.setAttribute('part', 'pdf');
    this.section.setAttribute('aria-labelledby', 'nb-h-pdf');
    this.section.hidden = true;
    this.section.innerHTML = '<h2 id="nb-h-pdf"></h2><p class="nb-pdf-status" role="status"></p><div class="nb-pdf-pages" tabindex="0"></div>';
    this._status = this.section.querySelector('.nb-pdf-status');
    this._box = this.section.querySelector('.nb-pdf-pages');
    main.insertBefore(this.section, before);
    this._box.addEventListener('click', (e) => {
      const b = e.target.closest && e.target.closest('.nb-pdf-box');
      if (b) this._onSelect(+b.dataset.index);
    });
    this.setLang();
  }


  setLang() {
    const t = pdfStrings(this._lang());
    this.section.querySelector('#nb-h-pdf').textContent = t.heading;
    for (const [n, p] of this._pages) p.el.querySelector('.nb-pdf-label').textContent = t.page(n, this._count);
  }

  /** Shows the PDF's pages (rendering goes on in the background; boxes follow as pages appear). */
  async open(bytes) {
    this.close();
    const gen = ++this._gen;
    const t = pdfStrings(this._lang());
    this.section.hidden = false;
    this._main.classList.add('nb-has-pdf');
    this._status.textContent = t.loading;
    try {
      const rt = await startPdfjs();
      if (gen !== this._gen) return;
      const task = rt.pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, BinaryDataFactory: rt.BinaryDataFactory, worker: rt.worker, useWorkerFetch: false, verbosity: 0 });
      this._task = task;
      const doc = await task.promise;
      if (gen !== this._gen) return void doc.destroy();
      this._doc = doc;
      this._count = doc.numPages;
      const last = Math.min(doc.numPages, MAX_PAGES);
      this._status.textContent = doc.numPages > last ? t.pagesCapped(last, doc.numPages) : '';
      for (let n = 1; n <= last; n++) {
        const page = await doc.getPage(n);
        if (gen !== this._gen) return;
        await this._renderPage(page, n);
        page.cleanup();
      }
    } catch (e) {
      if (gen !== this._gen) return;
      // encrypted, broken, a scan that will not draw: the check says why; here only that there is no image
      this._status.textContent = pdfStrings(this._lang()).renderFailed(String((e && e.message) || e));
    }
  }

  async _renderPage(page, n) {
    const base = page.getViewport({ scale: 1 });
    const avail = Math.max(240, (this._box.clientWidth || 480) - 18);
    const scale = avail / base.width;
    const vp = page.getViewport({ scale });
    const dpr = Math.min(2, (typeof devicePixelRatio === 'number' && devicePixelRatio) || 1);
    const el = document.createElement('div');
    el.className = 'nb-pdf-page';
    el.dataset.page = String(n);
    el.style.width = `${Math.floor(vp.width)}px`;
    const label = document.createElement('p');
    label.className = 'nb-pdf-label';
    label.textContent = pdfStrings(this._lang()).page(n, this._count);
    const sheet = document.createElement('div');
    sheet.className = 'nb-pdf-sheet';
    sheet.style.height = `${Math.floor(vp.height)}px`;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(vp.width * dpr);
    canvas.height = Math.floor(vp.height * dpr);
    canvas.style.width = `${Math.floor(vp.width)}px`;
    canvas.style.height = `${Math.floor(vp.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    sheet.appendChild(canvas);
    el.append(label, sheet);
    this._box.appendChild(el);
    this._pages.set(n, { el, sheet, scale });
    this._drawBoxes(n);
    await page.render({ canvasContext: canvas.getContext('2d'), viewport: vp, transform: dpr !== 1 ? [dpr, 0, 0, dpr, 0, 0] : null }).promise;
    el.classList.add('nb-pdf-drawn');
  }

  /** The findings of `result` (those with a box are drawn). */
  setResult(result) {
    this._diags = (result && result.diagnostics) || [];
    for (const n of this._pages.keys()) this._drawBoxes(n);
  }

  _drawBoxes(n) {
    const p = this._pages.get(n);
    if (!p) return;
    for (const b of p.sheet.querySelectorAll('.nb-pdf-box')) b.remove();
    const t = pdfStrings(this._lang());
    this._diags.forEach((d, i) => {
      const bx = d.box;
      if (!bx || bx.page !== n) return;
      const pad = 2;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = `nb-pdf-box nb-pdf-box-${d.severity === 'error' || d.severity === 'warning' ? d.severity : 'info'}`;
      b.dataset.index = String(i);
      b.dataset.rule = d.rule;
      if (d.cell) b.dataset.cell = d.cell;
      b.style.left = `${bx.x * p.scale - pad}px`;
      b.style.top = `${bx.y * p.scale - pad}px`;
      b.style.width = `${Math.max(4, bx.w * p.scale) + 2 * pad}px`;
      b.style.height = `${Math.max(4, bx.h * p.scale) + 2 * pad}px`;
      b.setAttribute('aria-label', t.boxLabel(i + 1, d.message));
      b.title = d.message;
      p.sheet.appendChild(b);
    });
    if (this._current >= 0) this.highlight(this._current, { scroll: false });
  }

  /** Marks finding i's box and scrolls the pages to it (false when it has none on a shown page). */
  highlight(i, { scroll = true } = {}) {
    this._current = i;
    for (const b of this._box.querySelectorAll('.nb-pdf-current')) b.classList.remove('nb-pdf-current');
    if (i == null || i < 0) return false;
    const b = this._box.querySelector(`.nb-pdf-box[data-index="${i}"]`);
    if (!b) return false;
    b.classList.add('nb-pdf-current');
    if (scroll) {
      // inside the pages' own scroll box only: the rest of the page stays where the clerk left it
      const box = this._box.getBoundingClientRect();
      const r = b.getBoundingClientRect();
      this._box.scrollTop += r.top - box.top - (box.height - r.height) / 2;
      this._box.scrollLeft += r.left - box.left - (box.width - r.width) / 2;
    }
    return true;
  }

  close() {
    ++this._gen;
    this._current = -1;
    if (this._task) this._task.destroy().catch(() => {});
    this._task = null;
    this._doc = null;
    this._pages.clear();
    this._box.textContent = '';
    this._status.textContent = '';
    this.section.hidden = true;
    this._main.classList.remove('nb-has-pdf');
  }
}
