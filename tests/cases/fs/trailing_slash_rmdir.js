// A directory named with a trailing slash ('dir/', 'dir//') is removed by rmdir, rm and
// rmdir's callback and promise forms as by node (rmdir(2) takes it); errors keep the path as
// given: a file or a link is ENOTDIR, a missing name ENOENT.
const fs = require('fs');
const path = require('path');
const tmp = path.join(__dirname, `_tsr_tmp${process.pid}`);
const rel = (s) => String(s).split(tmp).join('<tmp>');
const J = (...a) => path.join(tmp, ...a);
const t = (label, fn) => { try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.code, e.syscall, rel(e.path), rel(e.message)); } };
fs.mkdirSync(tmp);
fs.writeFileSync(J('f'), 'x');
fs.mkdirSync(J('d'));
fs.mkdirSync(J('d2'));
fs.mkdirSync(J('d3/a/b'), { recursive: true });
fs.writeFileSync(J('d3/a/b/x'), 'x');
fs.symlinkSync('d2', J('l'));
t('rmdir d/', () => fs.rmdirSync(J('d') + '/'));
t('rmdir l/', () => fs.rmdirSync(J('l') + '/'));
t('rmdir f/', () => fs.rmdirSync(J('f') + '/'));
t('rmdir missing/', () => fs.rmdirSync(J('missing') + '/'));
t('rm d3/ recursive', () => fs.rmSync(J('d3') + '/', { recursive: true }));
console.log(fs.readdirSync(tmp).sort());
fs.rmdir(J('d2') + '//', (err) => {
  console.log('rmdir cb', err);
  fs.mkdirSync(J('d2'));
  fs.promises.rmdir(J('d2') + '/').then(() => {
    console.log(fs.readdirSync(tmp).sort());
    fs.rmSync(tmp, { recursive: true });
  });
});
