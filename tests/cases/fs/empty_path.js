// An empty path is ENOENT everywhere, named '' in the message and set as path/dest (the host
// would have taken it for the current directory); realpathSync('') is the cwd as in node.
// fs/promises stat/lstat have no throwIfNoEntry; statSync reads options.bigint first.
const fs = require('fs');
const show = (label, fn) => {
  try { const r = fn(); console.log(label, 'ok', typeof r); } catch (e) { console.log(label, e.code, e.syscall, e.message, JSON.stringify(e.path), JSON.stringify(e.dest)); }
};
show('stat', () => fs.statSync(''));
show('stat no throw', () => fs.statSync('', { throwIfNoEntry: false }));
show('lstat', () => fs.lstatSync(''));
show('readFile', () => fs.readFileSync(''));
show('writeFile', () => fs.writeFileSync('', 'x'));
show('open', () => fs.openSync('', 'r'));
show('mkdir', () => fs.mkdirSync(''));
show('access', () => fs.accessSync(''));
show('opendir', () => fs.opendirSync(''));
show('readdir', () => fs.readdirSync(''));
show('rm', () => fs.rmSync(''));
show('rename', () => fs.renameSync('nope-src', ''));
show('copyFile', () => fs.copyFileSync('', 'b'));
show('symlink', () => fs.symlinkSync('x', ''));
show('link', () => fs.linkSync('', 'x'));
show('readlink', () => fs.readlinkSync(''));
show('rmdir', () => fs.rmdirSync(''));
show('unlink', () => fs.unlinkSync(''));
show('utimes', () => fs.utimesSync('', 1, 1));
show('realpath native', () => fs.realpathSync.native(''));
show('realpath', () => fs.realpathSync('') === process.cwd());
show('exists', () => fs.existsSync(''));
show('stat null options', () => fs.statSync(__filename, null));
fs.promises.stat('nope', { throwIfNoEntry: false }).then((s) => console.log('promise stat', s), (e) => console.log('promise stat', e.code));
fs.promises.lstat('nope', { throwIfNoEntry: false }).then((s) => console.log('promise lstat', s), (e) => console.log('promise lstat', e.code));
fs.readFile('', (e) => console.log('callback', e.code, e.message));
