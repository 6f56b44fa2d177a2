// Entry of pdf.js's worker as a CLASSIC script (web/build.mjs): pdf.js 5 ships only a module worker, and from
// file:// Chromium refuses module workers made from blob: URLs. Loaded in a Worker, pdf.js's worker code
// answers on `self` by itself (its WorkerMessageHandler starts when it finds itself in a worker).
import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
