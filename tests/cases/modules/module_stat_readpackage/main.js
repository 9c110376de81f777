// Module._stat (0 a file, 1 a directory, -2 missing) and Module._readPackage(dir) as in node 20;
// a replaced _stat is what the resolver asks (ExperimentalWarning): hiding real.js makes
// require('./real') load real/index.js.
const Module = require('module');
const path = require('path');
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));
const original = Module._stat;
console.log(typeof original, original(__filename), original(__dirname), original(path.join(__dirname, 'missing.js')));
const pkg = Module._readPackage(__dirname);
console.log(pkg.exists, path.basename(pkg.pjsonPath), pkg.name, pkg.main, pkg.type, pkg.exports);
console.log(Module._readPackage(path.join(__dirname, 'real')).exists);
Module._stat = (p) => (p === path.join(__dirname, 'real.js') ? -2 : original(p));
console.log(require('./real'));
Module._stat = original;
process.on('exit', () => console.log(warnings));
