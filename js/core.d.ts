// Types of `nianbao/core` (dist/nianbao-core.mjs, beside nianbao-core.wasm) and `nianbao/core.single`
// (dist/nianbao-core.single.mjs, the WebAssembly inlined): the Emscripten factory, for `nianbao/checker`.
import type { ModuleFactory } from './index.js';

declare const createNianbaoModule: ModuleFactory;
export default createNianbaoModule;
