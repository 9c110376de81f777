// mkdtemp warns once (for all its forms) about a template ending in X.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_mkdtemp_warn');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
process.on('warning', (w) => console.log('warning', w.name, w.message));
console.log(path.basename(fs.mkdtempSync(path.join(d, 'a-'))).length);
console.log(path.basename(fs.mkdtempSync(path.join(d, 'bX'))).length);
fs.mkdtemp(path.join(d, 'cX'), (err, p) => {
  console.log('async', err, path.basename(p).length);
  fs.promises.mkdtemp(Buffer.from(path.join(d, 'dX'))).then((q) => {
    console.log('promise', path.basename(q).length, fs.readdirSync(d).length);
    setImmediate(() => fs.rmSync(d, { recursive: true }));
  });
});
