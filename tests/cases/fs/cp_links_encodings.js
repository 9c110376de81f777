// fs.cpSync's checks and errors as node 20 (same file, dir over file and back, into itself,
// errorOnExist, option validation), copyFile of a directory (EISDIR) or onto itself (no-op),
// hard link to a directory (EPERM), recursive readdir following symlinked directories for names
// and giving joined parentPaths for dirents, readdir/readlink in other encodings, symlink types,
// lchmod absent on Linux.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_cp_links_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
process.chdir(dir);
const show = (label, fn) => {
  try { let r = fn(); if (Buffer.isBuffer(r)) r = `Buffer:${r.toString('hex')}`; console.log(label, 'ok', JSON.stringify(r)); } catch (e) {
    console.log(label, 'ERR', e.name, e.code, e.errno, e.syscall, String(e.message).split(dir).join('<d>'));
  }
};
fs.writeFileSync('f.txt', 'content');
fs.mkdirSync('sub');
fs.writeFileSync('sub/t.txt', 'T');
fs.symlinkSync('t.txt', 'sub/lt');
fs.symlinkSync('sub', 'ld');
show('symlink type number', () => fs.symlinkSync('sub', 'lx', 5));
show('symlink type bad', () => fs.symlinkSync('sub', 'ly', 'bogus'));
show('copyFile dir', () => fs.copyFileSync('sub', 'x'));
show('copyFile same', () => { fs.copyFileSync('f.txt', 'f.txt'); return fs.readFileSync('f.txt', 'utf8'); });
show('copyFile same excl', () => fs.copyFileSync('f.txt', 'f.txt', fs.constants.COPYFILE_EXCL));
show('link dir', () => fs.linkSync('sub', 'hsub'));
show('readdir hex', () => fs.readdirSync('sub', 'hex').sort());
show('readdir latin1 recursive', () => fs.readdirSync('sub', { encoding: 'latin1', recursive: true }).sort());
show('readlink hex', () => fs.readlinkSync('sub/lt', { encoding: 'hex' }));
show('readlink buffer', () => fs.readlinkSync('sub/lt', 'buffer'));
show('readdir recursive', () => fs.readdirSync('.', { recursive: true }));
show('readdir recursive dirents', () => fs.readdirSync('.', { recursive: true, withFileTypes: true }).map((d) => `${d.parentPath}|${d.name}`));
show('cp same', () => fs.cpSync('f.txt', 'f.txt'));
show('cp dir no recursive', () => fs.cpSync('sub', 'sub2'));
show('cp into self', () => fs.cpSync('sub', 'sub/inner', { recursive: true }));
show('cp file over dir', () => { fs.mkdirSync('d2'); fs.cpSync('f.txt', 'd2'); });
show('cp dir over file', () => fs.cpSync('sub', 'f.txt', { recursive: true }));
show('cp', () => { fs.cpSync('f.txt', 'g.txt'); return fs.readFileSync('g.txt', 'utf8'); });
show('cp errorOnExist', () => fs.cpSync('f.txt', 'g.txt', { force: false, errorOnExist: true }));
show('cp no force', () => { fs.writeFileSync('g.txt', 'old'); fs.cpSync('f.txt', 'g.txt', { force: false }); return fs.readFileSync('g.txt', 'utf8'); });
show('cp recursive', () => { fs.cpSync('sub', 'sub3', { recursive: true }); return [fs.readdirSync('sub3').sort(), path.relative(dir, fs.realpathSync('sub3/lt')), fs.readFileSync('sub3/lt', 'utf8')]; });
show('cp verbatim', () => { fs.cpSync('sub', 'sub4', { recursive: true, verbatimSymlinks: true }); return fs.readlinkSync('sub4/lt'); });
show('cp filter', () => { fs.cpSync('sub', 'sub5', { recursive: true, filter: (s) => !s.endsWith('lt') }); return fs.readdirSync('sub5'); });
show('cp into new parent', () => { fs.cpSync('f.txt', 'new/deep/f.txt'); return fs.readFileSync('new/deep/f.txt', 'utf8'); });
show('cp preserveTimestamps', () => { fs.utimesSync('f.txt', 100, 200); fs.cpSync('f.txt', 'pt.txt', { preserveTimestamps: true }); return fs.statSync('pt.txt').mtimeMs; });
for (const o of [5, null, { recursive: 'x' }, { force: 1 }, { filter: 5 }, { dereference: true, verbatimSymlinks: true }, { mode: 9 }]) {
  show(`cp opts ${JSON.stringify(o)}`, () => fs.cpSync('f.txt', 'h.txt', o));
}
show('cp missing', () => fs.cpSync('missing', 'x'));
show('lchmod', () => [typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs]);
fs.promises.lchmod('f.txt', 0o644).catch((e) => {
  console.log('promises.lchmod', e.code, e.message);
  process.chdir(__dirname);
  fs.rmSync(dir, { recursive: true });
});
