// fs.promises' functions report node's parameter counts (length) and names (watch is node's
// _watch generator; opendir keeps the callback form's 3), as do fs.Dir and FileHandle.stat, whose
// options default only when undefined (null fails on .bigint, as node's fstat).
const fs = require('fs');
const show = (obj) => Object.keys(obj).sort().filter((k) => typeof obj[k] === 'function').map((k) => `${k}:${obj[k].name}:${obj[k].length}`).join(' ');
console.log(show(fs.promises));
console.log(show(fs));
fs.promises.open(__filename).then(async (fh) => {
  console.log(fh.stat.length, fh.read.length, fh.close.length);
  for (const o of [undefined, null, {}, { bigint: true }]) {
    try { console.log('stat', typeof (await fh.stat(o)).size); } catch (e) { console.log('stat', e.name); }
  }
  await fh.close();
});
