// Entry of nianbao-web.js: defines <nianbao-checker>. One classic script, no modules, works from file://.
import { NianbaoChecker } from './element.js';

export { NianbaoChecker };
