// fs.cp and fs.promises.cp accept async filters (cpSync refuses a promise with
// ERR_INVALID_RETURN_VALUE); their errors arrive through the callback or the rejection.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_cp_async_tmp${process.pid}`);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(path.join(dir, 'src', 'sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'src', 'a.txt'), 'A');
fs.writeFileSync(path.join(dir, 'src', 'skip.log'), 'L');
fs.writeFileSync(path.join(dir, 'src', 'sub', 'b.txt'), 'B');
const j = (...p) => path.join(dir, ...p);
try { fs.cpSync(j('src'), j('x'), { recursive: true, filter: async () => true }); } catch (e) { console.log('sync', e.name, e.code, e.message); }
fs.cp(j('src'), j('out1'), { recursive: true, filter: async (s) => !s.endsWith('.log') }, (err) => {
  console.log('cb', err, fs.readdirSync(j('out1'), { recursive: true }).sort());
  fs.promises.cp(j('src'), j('out2'), { recursive: true, filter: (s) => new Promise((r) => setTimeout(() => r(!s.endsWith('b.txt')), 5)) }).then(() => {
    console.log('promise', fs.readdirSync(j('out2'), { recursive: true }).sort());
    fs.cp(j('nope'), j('x'), (e) => {
      console.log('missing', e.code, e.syscall);
      fs.promises.cp(j('src'), j('src', 'sub', 'in'), { recursive: true }).catch((e2) => {
        console.log('into self', e2.code);
        try { fs.cp(j('src'), j('y'), { recursive: 1 }, () => {}); } catch (e3) { console.log('bad option', e3.code); }
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
