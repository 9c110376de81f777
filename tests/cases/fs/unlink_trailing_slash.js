// unlink of a name with a trailing slash as node's unlink(2): a directory is EISDIR, a symbolic
// link (to a directory, or dangling) or a file ENOTDIR, a missing name ENOENT; nothing removed.
const fs = require('fs');
const path = require('path');
const tmp = path.join(__dirname, `_uts_tmp${process.pid}`);
fs.rmSync(tmp, { recursive: true, force: true });
fs.mkdirSync(tmp);
const J = (p) => path.join(tmp, p);
fs.mkdirSync(J('d'));
fs.writeFileSync(J('f'), '');
fs.symlinkSync('d', J('ld'));
fs.symlinkSync('f', J('lf'));
fs.symlinkSync('nope', J('dangle'));
const rel = (s) => s.split(tmp).join('<tmp>');
for (const p of ['d', 'ld', 'f', 'lf', 'missing', 'dangle']) {
  try { fs.unlinkSync(`${J(p)}/`); console.log(p, 'removed'); } catch (e) { console.log(p, e.code, e.syscall, rel(e.path), rel(e.message)); }
}
fs.unlink(`${J('ld')}//`, (err) => {
  console.log('callback', err.code, rel(err.message));
  fs.promises.unlink(`${J('dangle')}/`).catch((e) => {
    console.log('promise', e.code, rel(e.message));
    console.log(fs.readdirSync(tmp).sort());
    fs.rmSync(tmp, { recursive: true });
  });
});
