// An import attribute error of a static import: node's report starts at validateAttributes's
// throw (node:internal/modules/esm/assert:110 for a module imported as JSON).
import x from './m.mjs' with { type: 'json' };
console.log(x);
