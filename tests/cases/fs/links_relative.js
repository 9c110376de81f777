// Symbolic links through relative paths: realpath/stat/lstat/exists/readlink/rm/rename as node
// (fs.realpathSync resolves '..' lexically first, realpathSync.native physically).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, '_links_rel_tmp');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir + '/a/b/c', { recursive: true });
process.chdir(dir);
const clean = (s) => String(s).split(dir).join('<d>');
const show = (label, fn) => { try { console.log(label, 'ok', clean(JSON.stringify(fn()))); } catch (e) { console.log(label, 'ERR', e.code, e.syscall, clean(e.path), clean(e.message)); } };
fs.writeFileSync('a/b/c/f.txt', 'F');
fs.symlinkSync('b/c', 'a/lc');
fs.symlinkSync('../a', 'a/b/up');
fs.symlinkSync('f.txt', 'a/b/c/lf');
fs.symlinkSync('nowhere', 'a/dangling');
for (const p of ['a/lc/f.txt', 'a/lc/lf', 'a/b/up/lc/lf', 'a/lc/../b', './a/./b/../lc', 'a/dangling', 'a/dangling/x', 'a/lc/f.txt/x', 'a/b/c/', 'a/lc/', '.', '..', dir, dir + '/a/lc', 'a//b///c']) {
  show(`realpath ${p}`, () => fs.realpathSync(p));
  show(`native ${p}`, () => fs.realpathSync.native(p));
  show(`stat ${p}`, () => { const s = fs.statSync(p); return [s.isFile(), s.isDirectory()]; });
  show(`lstat ${p}`, () => fs.lstatSync(p).isSymbolicLink());
  show(`exists ${p}`, () => fs.existsSync(p));
}
show('readlink dir', () => fs.readlinkSync('a/lc'));
show('readlink trailing', () => fs.readlinkSync('a/lc/'));
show('unlink symlink to dir', () => { fs.symlinkSync('b', 'a/lb'); fs.unlinkSync('a/lb'); return fs.existsSync('a/b'); });
show('rmdir symlink', () => fs.rmdirSync('a/lc'));
show('rm symlink dir', () => { fs.rmSync('a/lc', { recursive: true }); return [fs.existsSync('a/lc'), fs.existsSync('a/b/c/f.txt')]; });
show('readdir via link', () => fs.readdirSync('a/b/up'));
show('mkdir via link', () => { fs.mkdirSync('a/b/up/new'); return fs.existsSync('a/new'); });
show('rename symlink', () => { fs.renameSync('a/dangling', 'a/dangling2'); return fs.readlinkSync('a/dangling2'); });
show('stat trailing file slash', () => fs.statSync('a/b/c/f.txt/'));
show('open trailing file slash', () => fs.openSync('a/b/c/f.txt/', 'r'));
show('writeFile trailing slash', () => fs.writeFileSync('a/new.txt/', 'x'));
show('mkdir trailing slash', () => { fs.mkdirSync('a/zz/'); return fs.existsSync('a/zz'); });
process.chdir(__dirname);
fs.rmSync(dir, { recursive: true });
