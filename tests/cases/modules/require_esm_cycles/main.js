// Cycles through require(esm) fail with ERR_REQUIRE_CYCLE_MODULE as in node (the engine cannot
// link an ES module while it runs): an ES module imported by import() whose CommonJS import
// require()s it back (the message names that CommonJS file), and one loaded by require() whose
// CommonJS import require()s it back (node's getExportsForCircularRequire: the message names the
// module's first requirer).
console.log('required c.mjs:', require('./c.mjs').default);
import('./a.mjs').then((ns) => console.log('imported a.mjs:', ns.default));
