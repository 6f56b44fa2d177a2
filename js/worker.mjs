// The Web Worker of createWorkerChecker (browser.mjs), as a module worker over the single-file build.
// For browsers without module workers (Firefox before 114), dist/worker.js is the same as a classic
// worker over dist/nianbao.js: createWorkerChecker({ workerUrl: '…/worker.js', workerType: 'classic' }).
import { createChecker } from './single.mjs';
import { serveChecker } from './worker-serve.mjs';

serveChecker({
  post: (message) => self.postMessage(message),
  listen: (onMessage) => self.addEventListener('message', (e) => onMessage(e.data)),
}, createChecker);
