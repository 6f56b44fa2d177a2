// The page's main-thread checker, made as soon as the core is compiled. It depends on the core alone (the
// checker API, the glue, core-module.js), not on the editor or the element: in the single file it starts from
// the first script, so checking is ready without waiting for the other scripts to be compiled and run or for the
// first layout. performance.mark('nianbao-ready') says when checking can start.
import { createChecker } from 'nianbao-checker-api';
import createNianbaoModule from 'nianbao-core-glue';
import { coreModule } from './core-module.js';

// The page's reader of PDF and OFD files (web/src/pdf/pdf-read.js), given by the engine once its script has run;
// asked only when a file is checked, long after the checker exists.
let positionedReader = null;
/** Sets the checker's readPositioned: (bytes, name) => Promise of {json, kind} or null. */
export function setPositionedReader(read) {
  positionedReader = read;
}
const readPositioned = (bytes, name) => (positionedReader ? positionedReader(bytes, name) : null);

let checker = null;
/** The main thread's checker: a Promise, made on first use. */
export function mainChecker() {
  if (!checker) {
    checker = coreModule()
      .then((module) => createChecker({ moduleFactory: createNianbaoModule, wasmModule: module, readPositioned }))
      .then((c) => {
        if (typeof performance !== 'undefined' && performance.mark) performance.mark('nianbao-ready');
        return c;
      });
  }
  return checker;
}
