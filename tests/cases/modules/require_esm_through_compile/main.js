// node 20's '.js' loader takes .mjs files too, and hands every file's text to module._compile
// with its format ('module' for .mjs and "type": "module" .js, undefined for a typeless file,
// ES module syntax detected there): a _compile hook sees ES modules and may rewrite them.
const Module = require('module');
const path = require('path');
console.log(Object.keys(Module._extensions));
const jsLoader = Module._extensions['.js'];
Module._extensions['.js'] = function (m, f) { console.log('.js loader', path.basename(f)); return jsLoader.call(this, m, f); };
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename, format) {
  console.log('_compile', path.basename(filename), format, arguments.length);
  const r = compile.apply(this, arguments);
  console.log('returned', r, this.loaded, Object.keys(this.exports));
  return r;
};
for (const f of ['./tm/a.js', './b.mjs', './d.cjs', './typeless/c.js', './typeless/p.js']) {
  const m = require(f);
  console.log(f, typeof m === 'object' ? Object.keys(m) : m);
}
Module.prototype._compile = function (content, filename, format) {
  return compile.call(this, content.replace("'ORIG'", "'rewritten'"), filename, format);
};
console.log(require('./tm/e.js').e);
