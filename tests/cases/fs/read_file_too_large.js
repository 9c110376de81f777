// readFile of a file over 2 GiB (a sparse one here) is node's RangeError ERR_FS_FILE_TOO_LARGE
// in all three forms (the callback's error, not a throw), by path and by descriptor.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_tmp_too_large.bin');
fs.writeFileSync(f, '0');
fs.truncateSync(f, 2 ** 31);
const show = (label, e) => console.log(label, e.name, e.code, e.message);
try { fs.readFileSync(f); } catch (e) { show('sync', e); }
const fd = fs.openSync(f, 'r');
try { fs.readFileSync(fd); } catch (e) { show('sync fd', e); }
fs.closeSync(fd);
fs.readFile(f, (e, data) => {
  show('callback', e);
  console.log('data', data);
  fs.promises.readFile(f, 'utf8').catch((e2) => {
    show('promise', e2);
    return fs.promises.open(f).then((h) => h.readFile().catch((e3) => show('handle', e3)).finally(() => h.close()));
  }).finally(() => fs.unlinkSync(f));
});
