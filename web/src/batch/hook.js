// What joins the batch (view.js) and last year's report to the element: the "上一年度报告" input (its
// `previous` options go into every check of the single-report view), many files or a folder opening the
// batch view, a row opening in the single-report view with its pair as last year's report, and back.
import { mainChecker } from '../main-checker.js';
import { BatchView } from './view.js';

export class BatchHook {
  constructor(el) {
    this.el = el;
    this.view = null;
    this.prevName = '';
    el._previousOpts = {};
    this.q('.nb-batch-back').addEventListener('click', () => this.show('batch'));
    this.q('.nb-prev-clear').addEventListener('click', () => this.setPrevious(null));
  }

  q(sel) {
    return this.el._root.querySelector(sel);
  }

  recheck() {
    return this.el._check(); // the element's _check re-checks a .docx too
  }

  /** Last year's report for the single-report view (null: none); re-checks the current report. */
  async setPrevious(file, { name = '', recheck = true } = {}) {
    let opts = {};
    if (file) {
      name = name || file.name;
      try {
        // read as a report is read: a PDF or an OFD by the page's reader (web/src/pdf/), not as text
        opts = (await (await mainChecker()).previousFrom(file, { name })) || {};
      } catch (e) {
        opts = {};
      }
    }
    this.el._previousOpts = opts;
    this.prevName = opts.previous ? name : '';
    this.showBar();
    if (recheck) return this.recheck();
  }

  /** Many files or a folder: {files: [{file, name}], skipped}. */
  open({ files, skipped }) {
    if (!this.view) {
      this.view = new BatchView({
        box: this.q('.nb-batch'),
        root: this.el._root,
        strings: () => this.el._t(),
        lang: () => this.el._lang(),
        onOpen: (i) => this.openOne(i),
        onClose: () => this.close(),
      });
    }
    this.show('batch');
    return this.view.run(files, skipped);
  }

  /** Row i of the batch in the single-report view, with the report it was paired with. */
  async openOne(i) {
    const e = this.view.entry(i);
    await this.setPrevious(e.previous && e.previous.file, { name: e.previous && e.previous.name, recheck: false });
    this.show('single');
    return this.el._openFile(e.file, e.name);
  }

  close() {
    if (this.view) this.view.control.stop = true;
    this.view = null;
    this.q('.nb-batch').innerHTML = '';
    this.show('single');
  }

  show(mode) {
    this.mode = mode;
    this.q('.nb-batch').hidden = mode !== 'batch';
    this.q('.nb-main').hidden = mode === 'batch';
    this.q('.nb-status').hidden = mode === 'batch'; // the single report's status: the batch has its own
    this.showBar();
  }

  showBar() {
    const single = this.mode !== 'batch';
    this.q('.nb-batch-back').hidden = !(this.view && single);
    this.q('.nb-prev-clear').hidden = !this.prevName;
    this.q('.nb-prev-note').textContent = this.prevName ? this.el._t().previousNote(this.prevName) : '';
    this.q('.nb-prev-bar').hidden = !single || !(this.view || this.prevName);
  }

  applyStrings() {
    if (this.view) this.view.applyStrings();
    this.showBar();
  }
}
