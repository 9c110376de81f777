// copyFile onto the source itself reached through a symbolic link leaves it intact (libuv sees
// the same file; wasmtime numbers a followed link by the link, so identity is checked by path).
// COPYFILE_FICLONE_FORCE fails with ENOTSUP (no cloning here, nor on most file systems) and
// leaves no destination; COPYFILE_EXCL refuses an existing one.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_copy_identity');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
process.chdir(d);
fs.writeFileSync('f', 'precious');
fs.symlinkSync('f', 'l');
fs.symlinkSync(path.join(d, 'f'), 'abs');
fs.copyFileSync('f', 'l');
fs.copyFileSync('l', 'f');
fs.copyFileSync('abs', 'l');
console.log(JSON.stringify(fs.readFileSync('f', 'utf8')), fs.lstatSync('l').isSymbolicLink());
const show = (label, f) => { try { f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.syscall, e.message); } };
show('ficlone force', () => fs.copyFileSync('f', 'g', fs.constants.COPYFILE_FICLONE_FORCE));
console.log('g exists', fs.existsSync('g'));
show('ficlone', () => fs.copyFileSync('f', 'g', fs.constants.COPYFILE_FICLONE));
show('excl', () => fs.copyFileSync('f', 'g', fs.constants.COPYFILE_EXCL));
show('excl onto self link', () => fs.copyFileSync('f', 'l', fs.constants.COPYFILE_EXCL));
show('missing force', () => fs.copyFileSync('nope', 'h', fs.constants.COPYFILE_FICLONE_FORCE));
fs.copyFile('l', 'f', (err) => {
  console.log('callback', err, fs.readFileSync('f', 'utf8'));
  fs.promises.copyFile('f', 'abs').then(() => {
    console.log('promise', fs.readFileSync('f', 'utf8'));
    process.chdir(__dirname);
    fs.rmSync(d, { recursive: true });
  });
});
