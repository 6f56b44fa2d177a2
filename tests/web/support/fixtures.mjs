// The built-in example (web/example-report.txt) as other people's files would carry it: a web page whose tables
// use rowspan/colspan like the official layout, and a .docx with gridSpan/vMerge. Built here, never stored.
import { zipSync, strToU8 } from 'fflate';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const c = (text, cs = 1, rs = 1) => ({ text: String(text), cs, rs });
const isNum = (s) => /^\s*-?\d+(\.\d+)?\s*$/.test(s);

/** Paragraphs and tables (a table = rows of {text, cs, rs}) in order. */
export function blocks(text) {
  const out = [];
  let run = null;
  const flush = () => {
    if (run) out.push({ table: true, rows: tableModel(run) });
    run = null;
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) (run = run || []).push(line.split('\t'));
    else {
      flush();
      if (line.trim()) out.push({ table: false, text: line });
    }
  }
  flush();
  return out;
}

function tableModel(lines) {
  const flat = lines.map((l) => l.join(''));
  if (flat.some((l) => l.includes('本年新收'))) return table3(lines);
  if (flat.some((l) => l.includes('行政复议'))) return table4(lines);
  // table 二: block captions span 4 columns, single-value rows span 3
  return lines.map((l) => {
    const cells = [...l];
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.length === 1) return [c(cells[0], 4)];
    if (cells.length === 2) return [c(cells[0]), c(cells[1], 3)];
    return cells.map((x) => c(x));
  });
}

function table3(lines) {
  const data = lines.filter((l) => l.filter(isNum).length === 7).map((l) => ({ label: l.filter((x) => x && !isNum(x)).pop(), v: l.filter(isNum) }));
  const rows = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', 1, 2), c('法人或其他组织', 5), c('总计', 1, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((x) => c(x)),
  ];
  const groups = { 3: ['（三）不予公开', 8], 11: ['（四）无法提供', 3], 14: ['（五）不予处理', 5], 19: ['（六）其他处理', 3] };
  data.forEach((d, i) => {
    const vals = d.v.map((x) => c(x));
    if (i < 2 || i === data.length - 1) rows.push([c(d.label, 3), ...vals]);
    else if (i === 2) rows.push([c('三、本年度办理结果', 1, data.length - 3), c(d.label, 2), ...vals]);
    else if (i === 3 || i === data.length - 2) rows.push([c(d.label, 2), ...vals]);
    else if (groups[i - 1]) rows.push([c(groups[i - 1][0], 1, groups[i - 1][1]), c(d.label), ...vals]);
    else rows.push([c(d.label), ...vals]);
  });
  return rows;
}

function table4(lines) {
  const vals = lines.find((l) => l.filter(isNum).length === 15).filter(isNum);
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...five.map((x) => c(x, 1, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...five, ...five].map((x) => c(x)),
    vals.map((x) => c(x)),
  ];
}

export function exampleHtml(text) {
  let h = '<html><head><meta charset="utf-8"><title>年报</title></head><body>';
  for (const b of blocks(text)) {
    if (!b.table) h += `<p>${esc(b.text)}</p>`;
    else {
      h += '<table border="1" cellspacing="0">';
      for (const r of b.rows) h += '<tr>' + r.map((x) => `<td${x.cs > 1 ? ` colspan="${x.cs}"` : ''}${x.rs > 1 ? ` rowspan="${x.rs}"` : ''}>${esc(x.text)}</td>`).join('') + '</tr>';
      h += '</table>';
    }
  }
  return h + '</body></html>';
}

export function exampleDocx(text) {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (s) => `<w:p><w:r><w:t xml:space="preserve">${esc(s)}</w:t></w:r></w:p>`;
  const tc = (inner, cs, vm) => `<w:tc><w:tcPr>${cs > 1 ? `<w:gridSpan w:val="${cs}"/>` : ''}${vm || ''}</w:tcPr>${inner}</w:tc>`;
  let body = '';
  for (const b of blocks(text)) {
    if (!b.table) {
      body += p(b.text);
      continue;
    }
    const below = []; // grid column -> {left, cs} of a vertical merge still running
    body += '<w:tbl>';
    for (const r of b.rows) {
      body += '<w:tr>';
      let col = 0;
      const cells = [...r];
      while (cells.length || below.some((x, i) => x && i >= col)) {
        const m = below[col];
        if (m && m.left > 0) {
          body += tc('<w:p/>', m.cs, '<w:vMerge/>');
          m.left--;
          if (!m.left) below[col] = null;
          col += m.cs;
          continue;
        }
        if (!cells.length) break;
        const x = cells.shift();
        body += tc(p(x.text), x.cs, x.rs > 1 ? '<w:vMerge w:val="restart"/>' : '');
        if (x.rs > 1) below[col] = { left: x.rs - 1, cs: x.cs };
        col += x.cs;
      }
      body += '</w:tr>';
    }
    body += '</w:tbl>' + p('');
  }
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`),
  };
  return Buffer.from(zipSync(files));
}
