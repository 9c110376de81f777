// node 20's argument checks: access/copyFile modes (C++-style TypeError/RangeError), truncate and
// ftruncate check len before the callback and the fd after it, DEP0081 for truncate(fd),
// watch/watchFile validate the path first, recursive mkdir over a file is EEXIST.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_argchk_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello');
const show = (label, f) => {
  try { const r = f(); console.log(label, 'ok', r); } catch (e) { console.log(label, e.name, e.code, e.message.replace(dir, '<dir>')); }
};
for (const m of ['r', 0.5, 8, 8.5, -1, 2 ** 31, NaN, Infinity, null, true]) {
  show(`access ${String(m)}`, () => fs.accessSync(file, m));
  show(`copyFile ${String(m)}`, () => fs.copyFileSync(file, path.join(dir, 'c.txt'), m));
}
fs.promises.copyFile(file, path.join(dir, 'c2.txt'), 9).catch((e) => console.log('promise copyFile', e.name, e.code, e.message));
for (const len of ['', null, 1.5, -1.5]) {
  show(`truncate ${String(len)}`, () => fs.truncate(file, len));
  show(`ftruncate ${String(len)}`, () => fs.ftruncate(99, len));
}
show('ftruncate bad fd no cb', () => fs.ftruncate('x'));
show('ftruncate bad fd', () => fs.ftruncate('x', 0, () => {}));
show('truncate no cb', () => fs.truncate(file, 0));
for (const fn of ['watch', 'watchFile', 'unwatchFile']) show(fn, () => fs[fn](1));
show('mkdir -p over file', () => fs.mkdirSync(file, { recursive: true }));
show('mkdir -p under file', () => fs.mkdirSync(path.join(file, 'a', 'b'), { recursive: true }));
process.on('warning', (w) => console.log('warning', w.code, w.message));
const fd = fs.openSync(file, 'r+');
fs.truncateSync(fd, 2);
fs.truncate(fd, 1, (err) => {
  console.log('truncate(fd) cb', err, fs.readFileSync(file, 'utf8'));
  fs.closeSync(fd);
  fs.rmSync(dir, { recursive: true });
});
