// CommonJS imported from ESM as node does: named exports found in the source without running it
// (exports.x, module.exports.x, exports['x'], Object.defineProperty, module.exports = { ... },
// re-exports through require), the module runs in its turn of the graph's evaluation, and a
// name set only at run time is reachable through the default export only.
import { first } from './first.mjs';
import def, { a, b, 'c-d' as cd, e, f, g, fromReexport, __esModule } from './forms.cjs';
import * as ns from './forms.cjs';
import pathish from './reexport_builtin.cjs';
console.log('main', first, a, b, cd, e, f, g, fromReexport, __esModule);
console.log(Object.keys(ns).sort());
console.log(def.dynamic, 'dynamic' in ns, typeof pathish.join);
