// A file reached through symbolic links has the file's own identity (dev, ino), whichever way it
// is stat'ed: stat of a link (relative, absolute, chained, to a directory, as a parent), fstat of
// it opened, the bigint form; lstat gives the link's own.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_stat_links');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(path.join(d, 'dir'), { recursive: true });
process.chdir(d);
fs.writeFileSync('dir/f', 'x');
fs.symlinkSync('dir/f', 'rel');
fs.symlinkSync(path.join(d, 'dir/f'), 'abs');
fs.symlinkSync('rel', 'chain');
fs.symlinkSync('dir', 'dlink');
const id = (s) => `${s.dev}:${s.ino}`;
const f = id(fs.statSync('dir/f'));
for (const p of ['rel', 'abs', 'chain', 'dlink/f', './rel', 'dlink/../dir/f']) console.log(p, id(fs.statSync(p)) === f, id(fs.lstatSync(p)) === f);
console.log('dir', id(fs.statSync('dlink')) === id(fs.statSync('dir')), id(fs.statSync('dlink/')) === id(fs.statSync('dir')));
const fd = fs.openSync('chain', 'r');
console.log('fstat', id(fs.fstatSync(fd)) === f);
fs.closeSync(fd);
const big = fs.statSync('abs', { bigint: true });
console.log('bigint', big.ino === fs.statSync('dir/f', { bigint: true }).ino);
console.log('size', fs.statSync('abs').size, fs.lstatSync('rel').isSymbolicLink(), fs.statSync('rel').isFile());
fs.promises.stat('chain').then((s) => {
  console.log('promise', id(s) === f);
  fs.stat('abs', (err, s2) => {
    console.log('callback', id(s2) === f);
    process.chdir(__dirname);
    fs.rmSync(d, { recursive: true });
  });
});
