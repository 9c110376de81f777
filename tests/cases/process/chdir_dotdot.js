// process.chdir('..') and './x/../y' leave a normalized working directory, as node's
// (WASI keeps the '..' segments unless resolved).
const path = require('path');
const start = process.cwd();
const rel = () => JSON.stringify(path.relative(start, process.cwd())) + ' ' + (process.cwd() === path.resolve(process.cwd()));
process.chdir('_subdir');
console.log(rel());
process.chdir('..');
console.log(rel());
process.chdir('./_subdir/../_subdir/.');
console.log(rel());
process.chdir('../');
console.log(rel());
try { process.chdir('no-such-dir/..'); } catch (e) { console.log(e.code); }
console.log(rel());
