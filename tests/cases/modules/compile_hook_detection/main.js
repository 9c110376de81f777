// A require hook registered for .mjs (or any extension) that calls module._compile(code,
// filename) with ES module code: node's _compile loads it as an ES module from that code (syntax
// detection); a hook that passes .mjs on to the '.js' loader (as pirates / @babel/register do
// for node_modules) gets an ES module too. CommonJS code stays CommonJS.
const Module = require('module');
const fs = require('fs');
const jsLoader = Module._extensions['.js'];
Module._extensions['.mjs'] = function (m, filename) {
  if (filename.endsWith('fallback.mjs')) return jsLoader(m, filename);
  m._compile(fs.readFileSync(filename, 'utf8').replace('ORIG', 'HOOKED'), filename);
};
Module._extensions['.esx'] = Module._extensions['.mjs'];
Module._extensions['.cjs2'] = Module._extensions['.mjs'];
const a = require('./hooked.mjs');
console.log(a.v, a.default, Object.keys(a));
console.log(require('./hooked.esx').w, require('./plain.cjs2'), require('./fallback.mjs').viaJsLoader);
