// Taking the work back out: clean tables for the clipboard, JSON and the CSV 整改清单 as downloads.
import { esc } from './util.js';

const FONT = "font-family:SimSun,'宋体',serif;";
const CELL_STYLE = 'border:1px solid #000;padding:2px 4px;text-align:center;vertical-align:middle;';

/**
 * Tables 二/三/四 of the core's clean rendering (render contract `clean`: official labels, the rows of the
 * report's template, no marks) as Word-friendly HTML with inline styles, and as tab-separated text; or null.
 */
export function cleanTables(cleanHtml) {
  const tpl = document.createElement('template');
  tpl.innerHTML = cleanHtml || '';
  const tables = [...tpl.content.querySelectorAll('table[data-table]')];
  if (!tables.length) return null;
  let html = '';
  let text = '';
  for (const table of tables) {
    const cap = table.querySelector('caption');
    const title = cap ? cap.textContent.replace(/\s+/g, ' ').trim() : '';
    html += `<p style="${FONT}font-size:12pt;font-weight:bold">${esc(title)}</p>`;
    html += `<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;${FONT}font-size:10.5pt">`;
    text += `${title}\n`;
    for (const tr of table.querySelectorAll('tr')) {
      html += '<tr>';
      const cells = [];
      for (const c of tr.children) {
        if (!/^T[DH]$/.test(c.tagName)) continue;
        const tag = c.tagName.toLowerCase();
        const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        const v = c.textContent.replace(/\s+/g, ' ').trim();
        html += `<${tag}${span} style="${CELL_STYLE}">${esc(v)}</${tag}>`;
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

/** The whole report (clean rendering) as an HTML document Word and WPS open (saved as .doc). */
export function wordDocument(cleanHtml, title) {
  const tpl = document.createElement('template');
  tpl.innerHTML = cleanHtml || '';
  for (const t of tpl.content.querySelectorAll('table')) {
    t.setAttribute('border', '1');
    t.setAttribute('cellspacing', '0');
    t.setAttribute('style', `border-collapse:collapse;${FONT}font-size:10.5pt`);
    for (const c of t.querySelectorAll('td, th')) c.setAttribute('style', CELL_STYLE);
  }
  for (const el of tpl.content.querySelectorAll('[class]')) el.removeAttribute('class');
  for (const el of tpl.content.querySelectorAll('[id], [data-cell], [data-row], [data-table], [data-section], [title]')) {
    for (const a of ['id', 'data-cell', 'data-row', 'data-table', 'data-section', 'title', 'data-template']) el.removeAttribute(a);
  }
  const body = [...tpl.content.childNodes].map((n) => n.outerHTML || esc(n.textContent)).join('');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{${FONT}font-size:12pt}h1{font-size:16pt;text-align:center}h2{font-size:14pt}p{text-indent:2em;margin:0 0 6pt}caption{font-weight:bold}</style></head><body>${body}</body></html>`;
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

/** The file name stem for exports: agency and year when the report names them, else the file name. */
export function baseName(result, fileName) {
  const rep = (result && result.report) || {};
  const safe = (s) => String(s).replace(/[\\/:*?"<>|\r\n\t]+/g, ' ').trim();
  if (rep.agency || rep.year) return safe([rep.agency, rep.year ? `${rep.year}年` : ''].filter(Boolean).join('-')) || 'report';
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

/** The CSV 整改清单 of a result: the core's one CSV schema (docs/csv.md), with a BOM so Excel/WPS read UTF-8. */
export async function csvText(result, engine, lang) {
  const csv = await engine.format([result], 'csv', lang);
  return csv.startsWith('\ufeff') ? csv : '\ufeff' + csv;
}

/** Review marks as the file `nianbao check --marks FILE` takes (docs/review-marks.md). */
export function marksFile(marks, result) {
  const byFp = new Map(((result && result.diagnostics) || []).map((d) => [d.fingerprint, d]));
  const list = [...marks].map(([fingerprint, m]) => {
    const d = byFp.get(fingerprint);
    const out = { fingerprint, status: m.status };
    if (m.reason) out.reason = m.reason;
    if (d) {
      out.rule = d.rule;
      if (d.place) out.place = d.place.zh;
    }
    return out;
  });
  return JSON.stringify({ nianbao_marks: 1, marks: list }, null, 2) + '\n';
}
