// require() of an ES module graph with top-level await fails before any of its modules runs
// (node checks the graph first); an await inside a function does not count. The graph can be
// import()ed afterwards, and runs then.
const rel = (s) => String(s).split(__dirname).join('<dir>');
for (const f of ['./tla.mjs', './outer.mjs']) {
  try { require(f); console.log('required', f); } catch (e) { console.log(e.code, rel(e.message).split('\n').slice(1)); }
}
console.log(Object.keys(require('./async-fn.mjs')));
import('./outer.mjs').then((ns) => console.log('imported', Object.keys(ns)));
