// The worker thread of createWorkerChecker under Node (index.mjs).
import { parentPort } from 'node:worker_threads';
import { createChecker } from './index.mjs';
import { serveChecker } from './worker-serve.mjs';

serveChecker({
  post: (message) => parentPort.postMessage(message),
  listen: (onMessage) => parentPort.on('message', onMessage),
}, createChecker);
