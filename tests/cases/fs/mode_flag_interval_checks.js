// node's parseFileMode (a missing chmod mode is rejected, modes are uint32), stringToFlags
// (numeric flags are int32), watchFile's uint32 interval, and writeFile's `flag || 'w'`.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, `_mfi_tmp${process.pid}`);
fs.writeFileSync(f, 'x');
const t = (label, fn) => {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
for (const v of [undefined, null, 1.5, -1, 2 ** 32, '0o7', '755']) {
  t(`chmod ${String(v)}`, () => fs.chmodSync(f, v));
  t(`fchmod ${String(v)}`, () => fs.fchmodSync(0, v));
}
for (const v of [1.5, 2 ** 32, NaN, Infinity, -(2 ** 31) - 1]) t(`open flags ${v}`, () => fs.openSync(f, v));
for (const v of [undefined, null, true, '5', -1, 1.5, 2 ** 32]) {
  t(`watchFile interval ${String(v)}`, () => { fs.watchFile(f, { interval: v }, () => {}); fs.unwatchFile(f); });
}
for (const flag of [undefined, null, 0, '']) {
  fs.writeFileSync(f, `flag ${String(flag)}`, { flag });
  console.log(fs.readFileSync(f, 'utf8'));
}
fs.writeFile(f, 'async', { flag: null }, (err) => {
  console.log('async', err, fs.readFileSync(f, 'utf8'));
  fs.promises.writeFile(f, 'promise', { flag: 0 }).then(() => {
    console.log(fs.readFileSync(f, 'utf8'));
    fs.unlinkSync(f);
  });
});
