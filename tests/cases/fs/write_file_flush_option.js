// options.flush of writeFile/appendFile (sync, callback, promise, by path or descriptor): a boolean
// (validated first, as node's), the data synced before the file is closed.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_tmp_flush_opt.txt');
const t = (label, fn) => { try { fn(); console.log(label, 'ok', fs.readFileSync(f, 'utf8')); } catch (e) { console.log(label, e.code, e.message); } };
t('writeFileSync flush', () => fs.writeFileSync(f, 'a', { flush: true }));
t('appendFileSync flush', () => fs.appendFileSync(f, 'b', { flush: true }));
t('flush null', () => fs.writeFileSync(f, 'c', { flush: null }));
t('flush string', () => fs.writeFileSync(f, 'x', { flush: 'yes' }));
t('flush 1 + bad data', () => fs.writeFileSync(f, 5, { flush: 1 }));
t('appendFile cb flush bad', () => fs.appendFile(f, 'x', { flush: 0 }, () => {}));
t('writeFile cb flush bad', () => fs.writeFile(f, 'x', { flush: {} }, () => {}));
t('fd flush', () => { const fd = fs.openSync(f, 'a'); fs.writeFileSync(fd, 'd', { flush: true }); fs.closeSync(fd); });
t('createWriteStream flush bad', () => fs.createWriteStream(f, { flush: 'x' }));
fs.writeFile(f, 'e', { flush: true }, (err) => {
  console.log('cb', err, fs.readFileSync(f, 'utf8'));
  fs.promises.writeFile(f, 'f', { flush: 'no' }).catch((e) => {
    console.log('promise', e.code);
    return fs.promises.appendFile(f, 'g', { flush: true });
  }).then(() => { console.log(fs.readFileSync(f, 'utf8')); fs.unlinkSync(f); });
});
