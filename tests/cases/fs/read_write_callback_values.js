// The values fs.read/write/readv/writev and the one-result callbacks pass, on success and on
// an error from the file system (node: the count, 0 on error, then the buffer(s)).
'use strict';
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_tmp_rw_cb_values.txt');
fs.writeFileSync(f, 'hello world');
const show = (name) => (...a) => console.log(name, a.length, a.map((x) =>
  x === null ? 'null' : x instanceof Error ? x.code : Buffer.isBuffer(x) ? `<${x.toString().replace(/\0/g, ".")}>` : Array.isArray(x) ? `[${x.length}]` : String(x)).join(' '));
const fd = fs.openSync(f, 'r+');
const closed = 2 ** 31 - 2; // no such descriptor
const steps = [
  (n) => fs.read(fd, Buffer.alloc(5), 0, 5, 0, n('read')),
  (n) => fs.read(closed, Buffer.alloc(5), 0, 5, 0, n('read closed')),
  (n) => fs.write(fd, Buffer.from('HE'), 0, 2, 0, n('write')),
  (n) => fs.write(fd, 'LLO', 2, n('write string')),
  (n) => fs.write(closed, Buffer.from('x'), n('write closed')),
  (n) => fs.readv(fd, [Buffer.alloc(3), Buffer.alloc(3)], 0, n('readv')),
  (n) => fs.writev(closed, [Buffer.from('a')], n('writev closed')),
  (n) => fs.stat(f, (e, s) => { console.log('stat', e, s.size); n('')(); }),
  (n) => fs.stat(f + '.missing', n('stat missing')),
  (n) => fs.readFile(f, 'utf8', n('readFile')),
  (n) => fs.fstat(fd, (e, s) => { console.log('fstat', e, s.isFile()); n('')(); }),
];
let i = 0;
const next = (name) => (...a) => { if (name) show(name)(...a);
  if (i < steps.length) steps[i++](next); else { fs.closeSync(fd); fs.unlinkSync(f); } };
next('')();
