// node 20's fs.readdir with { recursive: true } lists synchronously: its callback runs before
// readdir returns, and a missing directory throws there; other readdirs call back later.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_rrc_tmp${process.pid}`);
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a', 'f'), '');
fs.readdir(dir, { recursive: true }, (err, names) => console.log('recursive', err, names.sort()));
console.log('after recursive');
fs.readdir(dir, { recursive: true, withFileTypes: true }, (err, ents) => console.log('dirents', ents.map((e) => e.name).sort()));
console.log('after dirents');
fs.readdir(dir, (err, names) => console.log('plain', names));
console.log('after plain');
try {
  fs.readdir(path.join(dir, 'missing'), { recursive: true }, () => console.log('not called'));
} catch (e) {
  console.log('threw', e.code, e.syscall);
}
fs.readdir(dir, { recursive: false }, (err, names) => {
  console.log('non-recursive', names);
  fs.rmSync(dir, { recursive: true });
});
