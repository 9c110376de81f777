// Module text is read with fs.readFileSync as node does, so a replaced one (Yarn PnP's zip
// layer, in-memory file systems) serves modules that are not on disk.
const fs = require('fs');
const path = require('path');
const virtual = {
  [path.join(__dirname, 'virtual.js')]: "module.exports = 'from memory: ' + typeof require('./virtual.json');",
  [path.join(__dirname, 'virtual.json')]: '{"a": 1}',
};
const realRead = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  if (Object.hasOwn(virtual, file)) return virtual[file];
  return realRead.call(this, file, ...rest);
};
const Module = require('module');
const realResolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const p = path.resolve(path.dirname(parent.filename), request);
  if (Object.hasOwn(virtual, p)) return p;
  return realResolve.call(this, request, parent, ...rest);
};
console.log(require('./virtual.js'));
console.log(require('./real.js'));
fs.readFileSync = realRead;
