// fs.rmSync and fs.rmdirSync(p, { recursive: true }) go through fs.rmdirSync as node 20's
// rimrafSync does: a patched one (here patched before the first rm) sees each directory, again
// once emptied, with Buffer paths below the top and no options; the callback/promise forms don't.
const fs = require('fs');
const path = require('path');
const tmp = path.join(__dirname, `_rrp_tmp${process.pid}`);
const rel = (p) => (Buffer.isBuffer(p) ? 'Buffer ' : 'string ') + path.relative(tmp, String(p));
const make = () => {
  fs.mkdirSync(path.join(tmp, 'a', 'b', 'empty'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'e'));
  fs.writeFileSync(path.join(tmp, 'a', 'f'), 'x');
  fs.writeFileSync(path.join(tmp, 'a', 'b', 'g'), 'x');
};
const original = fs.rmdirSync;
const calls = [];
fs.rmdirSync = (p, o) => { calls.push(`${rel(p)} ${o}`); return original(p, o); };
process.on('warning', () => {});

make();
fs.rmSync(tmp, { recursive: true });
console.log('rmSync', calls.splice(0), fs.existsSync(tmp));
make();
original(tmp, { recursive: true });
console.log('rmdirSync', calls.splice(0), fs.existsSync(tmp));
make();
fs.rm(tmp, { recursive: true }, (err) => {
  console.log('rm', err, calls.splice(0), fs.existsSync(tmp));
  make();
  fs.promises.rm(tmp, { recursive: true }).then(() => {
    console.log('promises.rm', calls.splice(0), fs.existsSync(tmp));
    make();
    fs.rmdir(tmp, { recursive: true }, (err2) => {
      console.log('rmdir', err2, calls.splice(0), fs.existsSync(tmp));
      console.log(fs.rmdir.length, fs.rmdir.name, fs.promises.rm.length, fs.promises.rmdir.length);
    });
  });
});
