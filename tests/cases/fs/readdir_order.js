// readdir lists entries sorted by their names' bytes as node's (libuv scandir) does, whatever the
// directory's own order: names, Dirents, recursive, buffer encoding, callback and promise forms.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_rd_tmp');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(path.join(d, 'sub'), { recursive: true });
for (const n of ['zeta', 'alpha', 'Mid', '10', '2', '_u', 'b.txt', 'a.TXT', 'é', 'Z9', '~x', ' sp']) fs.writeFileSync(path.join(d, n), '');
for (const n of ['Z', 'a', 'B']) fs.writeFileSync(path.join(d, 'sub', n), '');
console.log(fs.readdirSync(d).join('|'));
console.log(fs.readdirSync(d, { withFileTypes: true }).map((x) => x.name).join('|'));
console.log(fs.readdirSync(d, { recursive: true }).join('|'));
console.log(fs.readdirSync(d, { recursive: true, withFileTypes: true }).map((x) => x.name).join('|'));
console.log(fs.readdirSync(d, 'buffer').map(String).join('|'));
const dir = fs.opendirSync(d);
const names = [];
let e;
while ((e = dir.readSync())) names.push(e.name);
dir.closeSync();
console.log('opendir', names.length, names.sort().join('|'));
fs.readdir(d, (err, l) => {
  console.log('cb', l.join('|'));
  fs.promises.readdir(d, { withFileTypes: true }).then((l2) => {
    console.log('promise', l2.map((x) => x.name).join('|'));
    fs.rmSync(d, { recursive: true, force: true });
  });
});
