// require() goes through the replaceable Module._load, Module._resolveFilename and
// Module._cache as node's does, so require hooks (mock-require, require-in-the-middle,
// module-alias, stubbing a built-in) see every call.
const Module = require('module');
const path = require('path');
const seen = [];
const origLoad = Module._load;
Module._load = function (request, parent, isMain) {
  seen.push([request, parent && path.basename(parent.filename), isMain]);
  if (request === 'virtual-tls') return { stub: true };
  return origLoad.apply(this, arguments);
};
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, isMain, options) {
  if (request === '@alias/dep') request = './dep';
  return origResolve.call(this, request, parent, isMain, options);
};
console.log(require('virtual-tls'), require('@alias/dep').name, require('./dep') === require('@alias/dep'));
console.log(typeof require('fs').readFileSync, require('node:path').sep);
console.log(seen);
Module._load = origLoad;
// A built-in's name resolves to itself, and Module._cache is consulted before built-ins.
console.log(Module._resolveFilename('fs', null, false), Module._resolveFilename('node:fs', null, false));
Module._cache.util = { exports: { fake: true }, loaded: true };
console.log(require('util'), require('node:util') === require('util'));
delete Module._cache.util;
console.log(typeof require('util').inspect);
