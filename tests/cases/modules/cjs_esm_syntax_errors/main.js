// ES module syntax in CommonJS files of a "type": "commonjs" package:
// V8's messages and node's report lines, the token underlined.
const rel = (s) => String(s).split(__dirname).join('<dir>');
for (const f of ['./imp.js', './exp.cjs', './meta.js', './tla.js']) {
  try { require(f); } catch (e) { console.log(e.name, e.message, rel(e.stack).split('\n').slice(0, 3)); }
}
