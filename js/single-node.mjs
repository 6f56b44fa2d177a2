// `nianbao/single` under Node: the checker over the single-file build (module inlined as base64).
import { createRequire } from 'node:module';
import { createChecker as createWith } from './checker.mjs';

export { decodeBytes, docxDocumentXml } from './checker.mjs';

const require = createRequire(import.meta.url);

export function createChecker(options = {}) {
  const moduleFactory = options.moduleFactory || require('./nianbao-core.single.cjs');
  return createWith({ ...options, moduleFactory });
}
