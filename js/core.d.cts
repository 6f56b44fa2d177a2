// Types of require('nianbao/core') and require('nianbao/core.single'): Node's require of the ES module
// gives its namespace, so the factory is `.default`.
import type { ModuleFactory } from './index.cjs';

declare const core: { readonly default: ModuleFactory };
export = core;
