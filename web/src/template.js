// The element's shadow-root markup. Every text comes from i18n.js through data-t / data-t-title / data-t-label.
// `part` names (for ::part() theming by host pages) are listed in web/README.md.
import { SEVS } from './util.js';

export const TEMPLATE = `
<div class="nb-app" part="app" role="region" data-t-label="title">
  <div class="nb-head">
    <div class="nb-brand"><h1 class="nb-title" part="title" data-t="title"></h1><p class="nb-sub" data-t="subtitle"></p></div>
    <div class="nb-tools" part="toolbar" role="toolbar">
      <button type="button" class="nb-btn nb-example" data-t="example" data-t-title="exampleTitle"></button>
      <label class="nb-btn nb-open"><span data-t="open"></span><input type="file" class="nb-file" data-t-label="openLabel"
        multiple
        accept=".txt,.htm,.html,.docx,.pdf,.ofd,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"></label>
      <label class="nb-btn nb-open-dir"><span data-t="openFolder"></span><input type="file" class="nb-dir" webkitdirectory multiple data-t-label="openFolderLabel"></label>
      <label class="nb-btn nb-prev-zone" data-t-title="openPreviousTitle"><span data-t="openPrevious"></span><input type="file" class="nb-prev-file" data-t-label="openPreviousTitle"
        accept=".txt,.htm,.html,.docx,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"></label>
      <button type="button" class="nb-btn nb-fixall" data-t="fixAll" data-t-title="fixAllTitle"></button>
      <button type="button" class="nb-btn nb-totals" data-t="recomputeTotals" data-t-title="recomputeTotalsTitle"></button>
      <button type="button" class="nb-btn nb-copy" data-t="copyTables" data-t-title="copyTablesTitle"></button>
      <button type="button" class="nb-btn nb-word" data-t="downloadWord" data-t-title="downloadWordTitle"></button>
      <button type="button" class="nb-btn nb-csv" data-t="exportCsv"></button>
      <button type="button" class="nb-btn nb-json" data-t="exportJson"></button>
      <button type="button" class="nb-btn nb-marks" data-t="exportMarks" data-t-title="exportMarksTitle"></button>
      <button type="button" class="nb-btn nb-print" data-t="print"></button>
      <label class="nb-lang"><span data-t="language"></span>
        <select class="nb-lang-select"><option value="zh" lang="zh-CN">中文</option><option value="en" lang="en">English</option></select></label>
    </div>
  </div>
  <div class="nb-alert" part="alert" role="alert" hidden></div>
  <p class="nb-drop" data-t="dropHint"></p>
  <div class="nb-status" part="status" role="status" aria-live="polite"><span class="nb-spinner" aria-hidden="true" hidden></span><span class="nb-status-text"></span></div>
  <div class="nb-notices" part="notices" aria-live="polite"></div>
  <p class="nb-prev-bar" hidden><button type="button" class="nb-btn nb-small nb-batch-back" data-t="backToBatch" hidden></button>
    <span class="nb-prev-note"></span> <button type="button" class="nb-btn nb-small nb-prev-clear" data-t="previousClear"></button></p>
  <section class="nb-batch" part="batch" hidden></section>
  <div class="nb-main">
   <div class="nb-side">
    <section class="nb-col nb-col-input" part="editor" aria-labelledby="nb-h-editor">
      <h2 id="nb-h-editor" data-t="editorHeading"></h2>
      <div class="nb-docx" hidden><p class="nb-docx-note"></p><button type="button" class="nb-btn nb-docx-text" data-t="docxToText"></button></div>
      <div class="nb-editor"></div>
      <div class="nb-draft" part="draft">
        <label class="nb-chk"><input type="checkbox" class="nb-draft-keep"><span data-t="draftKeep"></span></label>
        <button type="button" class="nb-btn nb-small nb-draft-forget" data-t="draftForget"></button>
        <span class="nb-draft-status"></span>
        <p class="nb-draft-note" data-t="draftNote"></p>
      </div>
    </section>
    <section class="nb-col nb-col-problems" part="problems" aria-labelledby="nb-h-problems">
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
      <div class="nb-list" tabindex="-1"></div>
      <div class="nb-ruledoc" part="ruledoc" role="region" aria-labelledby="nb-ruledoc-h" hidden>
        <div class="nb-ruledoc-head"><h3 id="nb-ruledoc-h"></h3><button type="button" class="nb-btn nb-small nb-ruledoc-close" data-t="close"></button></div>
        <div class="nb-ruledoc-body"></div>
      </div>
    </section>
   </div>
    <section class="nb-col nb-col-report" part="report" aria-labelledby="nb-h-report">
      <h2 id="nb-h-report" data-t="reportHeading"></h2>
      <p class="nb-hint" data-t="reportHint"></p>
      <p class="nb-scroll-hint" data-t="scrollHint"></p>
      <p class="nb-cell-error" role="alert" hidden></p>
      <div class="nb-report"></div>
    </section>
  </div>
</div>`;

/** Writes the strings of `t` into every data-t* element under `root`. */
export function applyStrings(root, t) {
  for (const el of root.querySelectorAll('[data-t]')) el.textContent = t[el.dataset.t];
  for (const el of root.querySelectorAll('[data-t-title]')) el.title = t[el.dataset.tTitle];
  for (const el of root.querySelectorAll('[data-t-label]')) el.setAttribute('aria-label', t[el.dataset.tLabel]);
}
