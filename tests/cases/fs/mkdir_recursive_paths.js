// mkdir { recursive: true } as node's MKDirpSync: the first directory made is the path cut at
// its last '/' (so 'a//b/' reports 'a/'), errors name the path given and the mkdir syscall.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_mkdirp');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
process.chdir(d);
fs.writeFileSync('file', '');
const t = (label, f) => { try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.code, e.errno, e.syscall, e.path, e.message); } };
for (const p of ['a//b/', 'c/d//', 'e///f', './g/h', 'i/./j', 'k/../l/m', 'a//b/', 'file', 'file/x/y', 'file/', '']) {
  t(p, () => fs.mkdirSync(p, { recursive: true }));
}
fs.mkdir('p//q/', { recursive: true }, (err, first) => {
  console.log('callback', err, JSON.stringify(first));
  fs.promises.mkdir('n//o/', { recursive: true }).then((r) => {
    console.log('promise', JSON.stringify(r));
    process.chdir(__dirname);
    fs.rmSync(d, { recursive: true });
  });
});
