// require() of an ES module with a default export returns a namespace that also has
// __esModule: true (node's facade), unless it has no default or its own __esModule.
const m = require('./d.mjs');
console.log(m, m.__esModule, Object.keys(m), require('./d.mjs') === m);
console.log(require('./own.mjs'), require('./nodefault.mjs'));
