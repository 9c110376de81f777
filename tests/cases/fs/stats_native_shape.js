// The Stats of statSync/lstatSync/fstatSync (and their callback/promise forms): own fields in
// node's order, all plain writable/enumerable/configurable data, Dates that are
// `new Date(Math.round(ms))` of the *Ms fields, ctime not before mtime, and the same object kind
// whichever call made it (a BigIntStats only when asked for).
const fs = require('fs');
const f = `${__dirname}/_stats_shape_${process.pid}.txt`;
fs.writeFileSync(f, 'abc');
const fd = fs.openSync(f, 'r');
function describe(label, s) {
  const keys = Object.getOwnPropertyNames(s);
  const plain = keys.every((k) => {
    const d = Object.getOwnPropertyDescriptor(s, k);
    return d.writable && d.enumerable && d.configurable && 'value' in d;
  });
  const dates = ['atime', 'mtime', 'ctime', 'birthtime'].map((k) => s[k] instanceof Date &&
    s[k].getTime() === (typeof s[`${k}Ms`] === 'bigint' ? Number(s[`${k}Ms`]) : Math.round(s[`${k}Ms`])));
  console.log(label, s.constructor.name, s instanceof fs.Stats, keys.join(), plain, dates.join());
  console.log(' ', typeof s.size, s.size == 3, s.isFile(), s.isDirectory(), s.ctimeMs >= s.mtimeMs, s.nlink >= 1);
}
describe('stat', fs.statSync(f));
describe('lstat', fs.lstatSync(f));
describe('fstat', fs.fstatSync(fd));
describe('stat bigint', fs.statSync(f, { bigint: true }));
describe('fstat bigint', fs.fstatSync(fd, { bigint: true }));
const a = fs.statSync(f);
const b = fs.fstatSync(fd);
console.log('same file', a.ino === b.ino, a.dev === b.dev, a.mtimeMs === b.mtimeMs);
a.size = 'changed';
delete a.mode;
console.log('mutable', a.size, 'mode' in a, Object.keys(a).length);
console.log('missing', fs.statSync(`${f}.nope`, { throwIfNoEntry: false }), fs.lstatSync(`${f}.nope`, { throwIfNoEntry: false }));
fs.stat(f, (err, s) => {
  describe('callback', s);
  fs.promises.stat(f).then((p) => {
    describe('promise', p);
    fs.closeSync(fd);
    fs.unlinkSync(f);
  });
});
