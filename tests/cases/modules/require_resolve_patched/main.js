// require.resolve and require.resolve.paths go through Module._resolveFilename and
// Module._resolveLookupPaths, so a tool that patches them (Yarn PnP, module-alias) is seen by
// both, as in node; the arguments they receive are printed.
const Module = require('module');
const path = require('path');
const rel = (p) => (typeof p === 'string' && p.startsWith('/') ? path.relative(__dirname, p) || '.' : p);
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  console.log('_resolveFilename', request, rel(parent && parent.filename), isMain, options);
  if (request === 'virtual-pkg') return path.join(__dirname, 'real.js');
  return origResolve.call(this, request, parent, isMain, options);
};
const origPaths = Module._resolveLookupPaths;
Module._resolveLookupPaths = function (request, parent) {
  const r = origPaths.call(this, request, parent);
  console.log('_resolveLookupPaths', request, rel(parent && parent.filename), Array.isArray(r) ? r.length > 0 : r);
  return r;
};
console.log(rel(require.resolve('virtual-pkg')));
console.log(rel(require.resolve('./real', { paths: [__dirname] })));
console.log(require('virtual-pkg'));
console.log(require.resolve.paths('./x').map(rel));
console.log(require.resolve.paths('fs'));
console.log(require.resolve.paths('some-pkg').length > 0);
Module._resolveFilename = function () { const e = new Error('nope'); e.code = 'X_NOPE'; throw e; };
try { require.resolve('anything'); } catch (e) { console.log(e.code, e.message); }
