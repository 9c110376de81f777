// readdirSync/readdir with withFileTypes: the Dirents' own properties, their order, the type
// symbol, inspect output, the is* methods, and listings that must follow every change to the
// directory (including repeated reads of a directory unchanged for over a second, which rjs
// may answer from a listing it keeps).
const fs = require('fs');
const path = require('path');
const util = require('util');
const dir = path.join(__dirname, '_tmp_dirents');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
fs.mkdirSync(path.join(dir, 'sub'));
fs.writeFileSync(path.join(dir, 'sub', 'inner.txt'), 'i');
fs.symlinkSync('a.txt', path.join(dir, 'link'));
const rel = (p) => path.relative(__dirname, p) || '.';
const sorted = (list) => list.slice().sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
const show = (d) => [d.name, rel(d.parentPath), rel(d.path), d.isFile(), d.isDirectory(), d.isSymbolicLink(),
  d.isFIFO(), d.isSocket(), d.isBlockDevice(), d.isCharacterDevice()].join(' ');

const list = sorted(fs.readdirSync(dir, { withFileTypes: true }));
for (const d of list) console.log(show(d));
const d0 = list[0];
console.log('keys', Object.keys(d0), Object.getOwnPropertyNames(d0));
console.log('symbols', Object.getOwnPropertySymbols(d0).map(String), d0[Object.getOwnPropertySymbols(d0)[0]]);
console.log('instanceof', d0 instanceof fs.Dirent, Object.getPrototypeOf(d0) === fs.Dirent.prototype, d0.constructor.name);
console.log('inspect', util.inspect(d0).replace(JSON.stringify(dir).slice(1, -1), '<dir>').replace(dir, '<dir>'));
console.log('json', JSON.stringify({ ...d0, parentPath: rel(d0.parentPath), path: rel(d0.path) }));
const desc = Object.getOwnPropertyDescriptor(d0, 'name');
console.log('descriptor', desc.writable, desc.enumerable, desc.configurable);
d0.name = 'renamed';
console.log('writable', d0.name);
// Relative paths: parentPath is the argument as given.
const cwd = process.cwd();
process.chdir(dir);
console.log('relative', sorted(fs.readdirSync('sub', { withFileTypes: true })).map((d) => `${d.name}@${d.parentPath}`));
console.log('dot', sorted(fs.readdirSync('.', { withFileTypes: true })).map((d) => `${d.name}@${d.parentPath}`));
process.chdir(cwd);
console.log('buffer', sorted(fs.readdirSync(dir, { withFileTypes: true, encoding: 'buffer' })).map((d) => Buffer.isBuffer(d.name) && d.name.toString()));
console.log('recursive', sorted(fs.readdirSync(dir, { withFileTypes: true, recursive: true })).map((d) => `${d.name}@${rel(d.parentPath)}`));
try { fs.readdirSync(path.join(dir, 'a.txt'), { withFileTypes: true }); } catch (e) { console.log('error', e.code, e.syscall); }
try { fs.readdirSync(path.join(dir, 'missing'), { withFileTypes: true }); } catch (e) { console.log('error', e.code, e.syscall); }

const names = () => fs.readdirSync(dir).sort().join(',');
const kinds = () => sorted(fs.readdirSync(dir, { withFileTypes: true })).map((d) => `${d.name}:${d.isDirectory() ? 'd' : d.isFile() ? 'f' : 'l'}`).join(',');
function changes(label) {
  console.log(label, 'before', names(), names(), kinds());
  fs.writeFileSync(path.join(dir, 'new.txt'), 'n');
  console.log(label, 'added', names(), kinds());
  fs.writeFileSync(path.join(dir, 'new2.txt'), 'n');
  console.log(label, 'added again', names());
  fs.unlinkSync(path.join(dir, 'new.txt'));
  console.log(label, 'removed', names());
  fs.renameSync(path.join(dir, 'new2.txt'), path.join(dir, 'moved.txt'));
  console.log(label, 'renamed', names());
  fs.unlinkSync(path.join(dir, 'moved.txt'));
  fs.unlinkSync(path.join(dir, 'a.txt'));
  fs.mkdirSync(path.join(dir, 'a.txt'));
  console.log(label, 'file became dir', kinds());
  fs.rmdirSync(path.join(dir, 'a.txt'));
  fs.writeFileSync(path.join(dir, 'a.txt'), 'a');
  console.log(label, 'dir became file', kinds());
}
changes('fresh');
// Once the directory has not changed for over a second, reads may come from a kept listing:
// every change must still show.
setTimeout(() => {
  changes('settled');
  setTimeout(() => {
    names();
    fs.renameSync(dir, `${dir}_old`);
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'other.txt'), 'o');
    console.log('replaced dir', names(), kinds());
    fs.rmSync(`${dir}_old`, { recursive: true });
    fs.readdir(dir, { withFileTypes: true }, (err, l) => {
      console.log('callback', err, l.map((d) => `${d.name}:${d.isFile()}`));
      fs.promises.readdir(dir, { withFileTypes: true }).then((l2) => {
        console.log('promise', l2.map((d) => `${d.name}:${d.isFile()} ${d instanceof fs.Dirent}`));
        fs.rmSync(dir, { recursive: true });
      });
    });
  }, 1100);
}, 1100);
