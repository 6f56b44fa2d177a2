// The page's options.readPositioned for the checker (js/checker.mjs): a PDF or an OFD becomes the runs JSON the core reads
// (docs/runs.md), through the same extractor as Node (js/pdf.mjs over pdf.js), so checkFile(pdf) gives one answer
// in the page and in Node. Anything else returns null and is read as before. A PDF that pdf.js cannot read still
// gets runs (with `error`) for the core to explain; a browser too old for pdf.js gets the core's
// input-unreadable with a message saying which browsers read PDF (other formats keep working).
// An OFD (js/ofd.mjs) needs no pdf.js: its runs are read here, on the main thread, with the page's fflate.
import { isPdf, runsToJson } from '../../../js/pdf.mjs';
import { isOfd as isOfdWith, ofdToRuns } from '../../../js/ofd.mjs';
import { unzipSync } from 'fflate';
import { startPdfjs, PDF_BROWSER_FLOOR } from './pdf-runtime.js';

export { isPdf };

/** True for an OFD file (a ZIP holding OFD.xml). */
export const isOfd = (bytes) => isOfdWith(bytes, unzipSync);

const TOO_OLD = {
  zh: `此浏览器版本过旧，无法读取 PDF（需要 ${PDF_BROWSER_FLOOR} 或更新版本）；.txt、.html、.docx 和粘贴的文字照常检查`,
  en: `this browser is too old to read PDF (it needs ${PDF_BROWSER_FLOOR} or newer); .txt, .html, .docx and pasted text are checked as usual`,
};
const NOT_STARTED = {
  zh: (why) => `本页无法启动 PDF 读取组件（${why}）`,
  en: (why) => `the page could not start its PDF reader (${why})`,
};

// The failure as a runs document: the core turns it into input-unreadable "cannot read this PDF: …".
function unavailable(detail) {
  return { json: JSON.stringify({ nianbao_runs: 1, source: 'pdf', error: 'unavailable', detail, pages: [] }) + '\n', kind: 'pdf' };
}

/** readPositioned for createChecker: lang is the page's language (the failure detail is in it). */
export function pagePositionedReader(lang = () => 'zh') {
  return async (bytes) => {
    if (isOfd(bytes)) return { json: runsToJson(ofdToRuns(bytes, unzipSync)), kind: 'ofd' };
    if (!isPdf(bytes)) return null;
    const l = lang() === 'en' ? 'en' : 'zh';
    let rt;
    try {
      rt = await startPdfjs();
    } catch (e) {
      return unavailable(e && e.tooOld ? TOO_OLD[l] : NOT_STARTED[l](String((e && e.message) || e)));
    }
    const runs = await rt.pdfToRuns(rt.pdfjs, bytes, { BinaryDataFactory: rt.BinaryDataFactory, worker: rt.worker });
    return { json: rt.runsToJson(runs), kind: 'pdf' };
  };
}
