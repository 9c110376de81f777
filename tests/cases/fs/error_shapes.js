// fs errors node 20 shapes specially: existsSync never throws (ENOTDIR, ''), readFileSync takes
// only int32 numbers as descriptors, opendirSync names opendir without the path (the callback
// form with it), mkdtempSync names mkdtemp with the XXXXXX template, rmdir's recursive option
// warns (DEP0147).
const fs = require('fs');
const path = require('path');
const base = path.join(__dirname, '_err_tmp');
fs.rmSync(base, { recursive: true, force: true });
fs.mkdirSync(path.join(base, 'dir'), { recursive: true });
process.chdir(base);
fs.writeFileSync('f', 'data');
fs.writeFileSync('dir/in', '1');
const rel = (s) => String(s).split(base).join('<b>');
for (const p of ['f', 'f/', 'f/x', 'nope/x', 'dir/', 'dir/in/', '', 'f\0', Buffer.from(''), 5, null]) console.log(JSON.stringify(p), fs.existsSync(p));
for (const v of [5.5, -1, 2 ** 31, NaN, '5']) { try { fs.readFileSync(v); } catch (e) { console.log(v, e.code, e.message); } }
for (const p of ['nope', 'f']) { try { fs.opendirSync(p); } catch (e) { console.log(e.code, e.syscall, e.path, e.message); } }
try { fs.mkdtempSync('nope/x-'); } catch (e) { console.log(e.code, e.syscall, e.path, e.message); }
process.on('warning', (w) => console.log('warning', w.name, w.code));
fs.mkdirSync('rr/s', { recursive: true });
fs.rmdirSync('rr', { recursive: true });
fs.mkdirSync('rr2');
fs.rmdirSync('rr2', { recursive: true });
console.log(fs.existsSync('rr'), fs.existsSync('rr2'));
fs.opendir('nope', (e) => {
  console.log('cb', e.code, e.syscall, e.path, e.message);
  fs.promises.opendir('f').catch((e2) => {
    console.log('promise', e2.code, e2.syscall, e2.path, e2.message);
    process.chdir(__dirname);
    fs.rmSync(base, { recursive: true, force: true });
  });
});
