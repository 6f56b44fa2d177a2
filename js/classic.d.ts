// Types of `nianbao/classic` (dist/nianbao.js): a classic script that defines globalThis.nianbao.
import type { createChecker, decodeBytes, docxDocumentXml, normalizeLang, ModuleFactory } from './index.js';

export interface NianbaoGlobal {
  createChecker: typeof createChecker;
  decodeBytes: typeof decodeBytes;
  docxDocumentXml: typeof docxDocumentXml;
  normalizeLang: typeof normalizeLang;
  createNianbaoModule: ModuleFactory;
}

declare global {
  // eslint-disable-next-line no-var
  var nianbao: NianbaoGlobal;
}
