// Error-first callback handling as learners print it: err.message, err.code, console.error(err)
// of an ENOENT/EISDIR/ENOTDIR/EEXIST, util.inspect of the error, and fs/promises rejections.
const fs = require('fs');
const util = require('util');
const dir = '_tmp-errors';
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(`${dir}/file.txt`, 'x');
const cases = [
  (cb) => fs.readFile(`${dir}/missing.txt`, 'utf8', cb),
  (cb) => fs.readFile(dir, cb),
  (cb) => fs.readdir(`${dir}/file.txt`, cb),
  (cb) => fs.mkdir(dir, cb),
  (cb) => fs.open(`${dir}/nope/x`, 'r', cb),
  (cb) => fs.unlink(`${dir}/missing.txt`, cb),
  (cb) => fs.rename(`${dir}/missing.txt`, `${dir}/b`, cb),
  (cb) => fs.rmdir(dir, cb),
  (cb) => fs.copyFile(`${dir}/missing.txt`, `${dir}/c`, cb),
];
let i = 0;
(function next() {
  if (i === cases.length) return promises();
  cases[i++]((err, data) => {
    if (err) {
      console.log(err.message);
      console.log(err.code, err.errno, err.syscall, err.name, err instanceof Error, Object.keys(err));
      console.log(util.inspect(err).split('\n').slice(1).join('|'));
      console.error(String(err));
    } else console.log('no error', data);
    next();
  });
})();
async function promises() {
  try {
    await fs.promises.readFile(`${dir}/missing.txt`);
  } catch (err) {
    console.log('promise', err.message, err.code, Object.keys(err));
    console.log(util.inspect(err).split('\n').filter((l) => !l.startsWith('    at ')).join('|'));
  }
  try {
    fs.readFileSync(`${dir}/missing.txt`);
  } catch (err) {
    console.log('sync', err.message, Object.keys(err));
    console.log(util.inspect(err).split('\n').filter((l) => !l.startsWith('    at ')).join('|'));
  }
  fs.rmSync(dir, { recursive: true });
}
