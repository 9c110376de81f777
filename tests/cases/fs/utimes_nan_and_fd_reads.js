// An invalid Date reaches libuv as NaN seconds: utimes/lutimes/futimes fail with EINVAL once the
// file itself checks out (a missing path is ENOENT, a bad descriptor EBADF). readFileSync of a
// bad descriptor fails in fstat, node's first step. writeFile's utf8 strings (lone surrogates
// included) are written as Buffer.from would encode them.
const fs = require('fs');
const f = require('path').join(__dirname, `_utnan_tmp${process.pid}.txt`);
fs.writeFileSync(f, 'x');
const fd = fs.openSync(f, 'r+');
const rel = (s) => s.split(f).join('<f>');
const cases = [
  ['futimes', () => fs.futimesSync(fd, new Date(NaN), 1)],
  ['utimes', () => fs.utimesSync(f, 1, new Date(NaN))],
  ['lutimes', () => fs.lutimesSync(f, new Date(NaN), 1)],
  ['futimes bad fd', () => fs.futimesSync(999, new Date(NaN), 1)],
  ['utimes missing', () => fs.utimesSync(`${f}.missing`, new Date(NaN), 1)],
  ['readFileSync bad fd', () => fs.readFileSync(99999)],
];
for (const [label, fn] of cases) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, rel(e.message), e.errno, e.code, e.syscall); }
}
for (const s of ['plain', 'é ü', '\ud800x', 'a\udc00', '\ud83d\ude00']) {
  fs.writeFileSync(f, s);
  console.log(JSON.stringify(s), fs.readFileSync(f).toString('hex'));
}
fs.writeFileSync(fd, 'via fd');
console.log(fs.readFileSync(f, 'latin1'));
fs.utimes(f, new Date(NaN), 2, (e) => {
  console.log('callback', e.code, e.syscall);
  fs.promises.utimes(f, 1, new Date(NaN)).catch((err) => {
    console.log('promise', err.code, err.syscall);
    fs.writeFile(f, 'cb\ud800', (err2) => {
      console.log(err2, fs.readFileSync(f).toString('hex'));
      fs.closeSync(fd);
      fs.unlinkSync(f);
    });
  });
});
