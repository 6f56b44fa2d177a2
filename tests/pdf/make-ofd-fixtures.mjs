#!/usr/bin/env node
// Writes the OFD fixtures of tests/fixtures/ofd/ from runs fixtures of tests/fixtures/pdf/: the same text at
// the same places, as an OFD producer lays it out (GB/T 33190: OFD.xml -> Doc_0/Document.xml -> one
// Content.xml per page, TextObjects with a Boundary in millimetres, TextCode X/Y relative to it and DeltaX
// advances), so the Node and browser tests can check that an .ofd reads exactly as its runs do.
// Run from the project root: node tests/pdf/make-ofd-fixtures.mjs
//
// Not one writer's habits only: every other text object is set in its own units through a CTM (a producer
// that scales 10 units to the millimetre), TextCode advances use DeltaX's "g" repetition, the tags carry
// the ofd: namespace prefix, and the ruling lines of the runs (when there are any) become PathObjects.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const from = join(root, 'tests', 'fixtures', 'pdf');
const out = join(root, 'tests', 'fixtures', 'ofd');

const MM = 25.4 / 72;  // points -> millimetres
const mm = (v) => Number((v * MM).toFixed(3));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';

// One run -> one TextObject. The reader takes the run's top as baseline - 0.88 size and its width as the
// size plus the advances of all characters but the last, so advances are spread evenly over the run.
function textObject(r, id) {
  const n = [...r.text].length;
  const size = mm(r.size || r.h);
  const boundary = `${mm(r.x)} ${mm(r.y)} ${mm(r.w)} ${mm(r.h)}`;
  const advance = n > 1 ? (mm(r.w) - size) / (n - 1) : 0;
  const scaled = id % 2 === 0;  // set in tenths of a millimetre, scaled by the CTM
  const k = scaled ? 10 : 1;
  const delta = n > 1 ? ` DeltaX="g ${n - 1} ${Number((advance * k).toFixed(4))}"` : '';
  const ctm = scaled ? ' CTM="0.1 0 0 0.1 0 0"' : '';
  return `<ofd:TextObject ID="${id}" Boundary="${boundary}" Font="3" Size="${Number((size * k).toFixed(4))}"${ctm}>` +
    `<ofd:TextCode X="0" Y="${Number((0.88 * size * k).toFixed(4))}"${delta}>${esc(r.text)}</ofd:TextCode></ofd:TextObject>`;
}

function pathObject(l, id) {
  return `<ofd:PathObject ID="${id}" Boundary="${mm(l.x)} ${mm(l.y)} ${mm(l.w)} ${mm(l.h)}" LineWidth="0.2"><ofd:AbbreviatedData>M 0 0 L ${mm(l.w)} ${mm(l.h)}</ofd:AbbreviatedData></ofd:PathObject>`;
}

export function ofdOf(runs) {
  const files = {};
  let id = 10;
  const pages = [];
  runs.pages.forEach((p, i) => {
    const objs = p.runs.map((r) => textObject(r, id++)).concat((p.lines || []).map((l) => pathObject(l, id++)));
    files[`Doc_0/Pages/Page_${i}/Content.xml`] = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page ${NS}><ofd:Area><ofd:PhysicalBox>0 0 ${mm(p.width)} ${mm(p.height)}</ofd:PhysicalBox></ofd:Area>` +
      `<ofd:Content><ofd:Layer ID="${id++}">${objs.join('\n')}</ofd:Layer></ofd:Content></ofd:Page>\n`;
    pages.push(`<ofd:Page ID="${id++}" BaseLoc="Pages/Page_${i}/Content.xml"/>`);
  });
  const first = runs.pages[0] || { width: 595, height: 842 };
  files['Doc_0/Document.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Document ${NS}><ofd:CommonData><ofd:MaxUnitID>${id}</ofd:MaxUnitID>` +
    `<ofd:PageArea><ofd:PhysicalBox>0 0 ${mm(first.width)} ${mm(first.height)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>` +
    `<ofd:Pages>${pages.join('')}</ofd:Pages></ofd:Document>\n`;
  files['Doc_0/PublicRes.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Res ${NS} BaseLoc="Res"><ofd:Fonts><ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>\n`;
  files['OFD.xml'] = `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:OFD ${NS} Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>nianbao-fixture</ofd:DocID></ofd:DocInfo>` +
    `<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>\n`;
  const bytes = {};
  for (const [k, v] of Object.entries(files)) bytes[k] = strToU8(v);
  // a fixed date: the same runs give the same bytes
  return zipSync(bytes, { level: 9, mtime: new Date(Date.UTC(2020, 0, 1)) });
}

// The hand-set report (narrow columns, labels over number columns) and Chromium's ruled print.
export const OFD_FIXTURES = { 'handmade-2021': 'handmade-2021-nonembedded-font', 'chromium-2021-ruled': 'chromium-2021-ruled' };

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(out, { recursive: true });
  for (const [name, source] of Object.entries(OFD_FIXTURES)) {
    const runs = JSON.parse(readFileSync(join(from, `${source}.runs.json`), 'utf8'));
    writeFileSync(join(out, `${name}.ofd`), ofdOf(runs));
  }
  console.log(`make-ofd-fixtures: ${out}`);
}
