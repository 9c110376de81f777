// fs.realpathSync of absolute and relative paths (through symlinks), and its errors as node
// reports them: realpathSync walks (lstat of the first missing component, stat of a dangling
// link, absolute path), realpathSync.native / fs.promises.realpath report realpath itself.
const fs = require('fs');
const path = require('path');
const base = path.join(__dirname, '_rp_tmp');
fs.rmSync(base, { recursive: true, force: true });
fs.mkdirSync(path.join(base, 'dd', 'inner'), { recursive: true });
fs.writeFileSync(path.join(base, 'a.txt'), 'x');
fs.symlinkSync('a.txt', path.join(base, 'lnk'));
fs.symlinkSync('nowhere', path.join(base, 'dangling'));
fs.symlinkSync('dd', path.join(base, 'dl'));
fs.symlinkSync('dl/inner', path.join(base, 'chain'));
fs.symlinkSync('loop2', path.join(base, 'loop1'));
fs.symlinkSync('loop1', path.join(base, 'loop2'));
const rel = (s) => String(s).split(__dirname).join('<d>');
const show = (label, f) => {
  try { console.log(label, rel(f())); } catch (e) { console.log(label, e.code, e.syscall, rel(e.path), rel(e.message)); }
};
process.chdir(base);
for (const p of [base, __filename, path.join(base, 'lnk'), path.join(base, 'dl'), path.join(base, 'chain'), 'chain', 'dl/inner/..', './dd/../lnk', path.join(base, 'dd', '..', 'a.txt'), '.', '..']) {
  show(`sync ${rel(p)}`, () => fs.realpathSync(p));
  show(`native ${rel(p)}`, () => fs.realpathSync.native(p));
}
for (const p of ['zz', 'a.txt/zz', 'dd/zz/q', 'dangling', 'dl/zz', 'loop1', path.join(base, 'missing')]) {
  show(`sync ${rel(p)}`, () => fs.realpathSync(p));
  show(`native ${rel(p)}`, () => fs.realpathSync.native(p));
}
show('buffer', () => fs.realpathSync('lnk', 'buffer').toString('hex').length);
fs.realpath('zz', (e) => {
  console.log('cb', e.code, e.syscall, rel(e.path));
  fs.realpath.native('zz', (e2) => {
    console.log('cb native', e2.code, e2.syscall, e2.path);
    fs.promises.realpath('dl/zz').catch((e3) => {
      console.log('promise', e3.code, e3.syscall, e3.path);
      process.chdir(__dirname);
      fs.rmSync(base, { recursive: true, force: true });
    });
  });
});
