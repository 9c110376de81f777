// An ES module that require() loaded (an .mjs, or a .js found to be one by its syntax) and then
// imported with a URL query or fragment is evaluated again: the query makes its own instance.
const m = require('./m.mjs');
const d = require('./det.js');
(async () => {
  for (const s of ['./m.mjs', './m.mjs?v=1', './m.mjs#h', './m.mjs?v=1', './det.js', './det.js?v=2']) {
    const ns = await import(s);
    console.log(s, ns.n, ns === m, ns === d);
  }
})();
