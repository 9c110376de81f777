// require() of an ES module that throws while evaluating: the error reaches the caller (who may
// catch it, and the process goes on), and a CommonJS global used in it gets node's hint (the
// package.json that made a '.js' file an ES module).
for (const f of ['./esm/throws.js', './esm/dirname.js', './esm/require.mjs']) {
  try { require(f); } catch (e) { console.log(`${e.name}: ${e.message}`.replace(__dirname, '<dir>')); }
}
setTimeout(() => console.log('still running'), 5);
