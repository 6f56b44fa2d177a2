// Taking the work back out: clean tables for the clipboard, JSON and the CSV 整改清单 as downloads.
import { esc } from './util.js';

const TABLE_TITLES = { t2: '二、主动公开政府信息情况', t3: '三、收到和处理政府信息公开申请情况', t4: '四、政府信息公开行政复议、行政诉讼情况' };

/** Tables 二/三/四 of the rendered report as plain Word-friendly HTML and tab-separated text, or null. */
export function cleanTables(box) {
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
    const title = TABLE_TITLES[tb];
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

/** Puts {html, text} on the clipboard; resolves to true when the browser accepted it. */
export async function copyToClipboard(data) {
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
  return ok;
}

/** The file name stem for exports: the report's file name without folder and extension. */
export function baseName(result, fileName) {
  const n = (result && result.file) || fileName || 'report';
  return String(n).replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || 'report';
}

/** Offers `text` as a download named `name` (the anchor lives in `parent`, inside the shadow root). */
export function download(parent, name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  parent.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}

export function jsonText(result) {
  return JSON.stringify(result, null, 2);
}

/** The CSV 整改清单 of a result, from the core's CSV writer, with a BOM so that Excel/WPS read UTF-8. */
export async function csvText(result, engine) {
  let csv;
  try {
    csv = await engine.format([result], 'csv');
  } catch (e) {
    csv = null;
  }
  if (typeof csv !== 'string') {
    const q = (v) => (/[",\n\r]/.test(String(v ?? '')) ? `"${String(v).replace(/"/g, '""')}"` : String(v ?? ''));
    csv = 'file,rule,severity,cell,line,column,expected,found,message\n';
    for (const d of result.diagnostics || []) {
      csv += [result.file || '', d.rule, d.severity, d.cell || '', d.at && d.at.line, d.at && d.at.column, d.expected, d.found, d.message].map(q).join(',') + '\n';
    }
  }
  return csv.startsWith('\ufeff') ? csv : '\ufeff' + csv;
}
