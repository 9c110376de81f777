// path.resolve/relative follow process.chdir (the host's cwd, read on every call as node does).
'use strict';
const path = require('path');
const start = process.cwd();
const rel = (p) => path.posix.relative(start, p) || '<start>';
const show = () => console.log(rel(process.cwd()), rel(path.resolve('x')), rel(path.resolve()), path.relative('x', 'y/z'), rel(path.resolve('..', 'q')), path.relative(start, 'a'));
show();
process.chdir('sub');
show();
process.chdir('deeper');
show();
process.chdir('../..');
show();
process.chdir(path.join(start, 'sub/deeper'));
show();
process.chdir(start);
show();
console.log(require('fs').readFileSync(path.resolve('sub', 'deeper', 'keep.txt'), 'utf8').trim());
