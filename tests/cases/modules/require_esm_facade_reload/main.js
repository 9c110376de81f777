// require() of an ES module with a default export returns a facade namespace (with
// __esModule); each load makes a new one: after its require.cache entry is deleted, requiring it
// again gives another object over the same module instance (its state is kept). A module
// without a default export is required as its namespace itself.
const path = require('path');
const f = path.join(__dirname, 'e.mjs');
const a = require('./e.mjs');
a.inc();
console.log(Object.keys(a), a === require('./e.mjs'));
delete require.cache[f];
const b = require('./e.mjs');
console.log(a === b, b.count, b.default, b.__esModule);
const n1 = require('./n.mjs');
delete require.cache[path.join(__dirname, 'n.mjs')];
console.log(n1 === require('./n.mjs'), Object.keys(n1));
import('./e.mjs').then((ns) => console.log(ns === a, ns === b, ns.count, Object.keys(ns)));
