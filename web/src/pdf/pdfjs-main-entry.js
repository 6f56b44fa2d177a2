// Entry of the PDF part's main-thread script (web/build.mjs bundles it as a classic script, stores it deflated
// and the page starts it only when a PDF is opened; see pdf-runtime.js). pdf.js's API and the package's own
// extractor (js/pdf.mjs), the same code Node runs, so one PDF gives one runs document everywhere.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfToRuns, runsToJson } from '../../../js/pdf.mjs';

globalThis.NianbaoPdfjs = { pdfjs, pdfToRuns, runsToJson };
