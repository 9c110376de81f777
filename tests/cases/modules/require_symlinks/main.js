// Modules reached through symbolic links are named by their real path (pnpm-style
// node_modules find their dependencies beside the real directory), in require and import.
const rel = (s) => s.replace(__dirname, '<dir>');
const r = require('pkga');
console.log(r.me, r.dep, rel(require.resolve('pkga')));
console.log(require('./linked'), require('./linked') === require('./real'));
console.log(Object.keys(require.cache).map(rel).sort());
import('./linked.mjs').then((m) => console.log(m.where));
