// fs's SystemErrors (rm of a directory, cp's checks) carry node's context object as `info`, keys
// in the order node's callers write them (inspect and JSON show it).
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, `_sei_tmp${process.pid}`);
const rel = (s) => s.split(dir).join('<dir>');
fs.mkdirSync(path.join(dir, 'a'), { recursive: true });
fs.writeFileSync(path.join(dir, 'f'), '');
const show = (label, fn) => {
  try { fn(); } catch (e) { console.log(label, e.code, rel(JSON.stringify(e.info)), Object.keys(e).join()); }
};
show('rm dir', () => fs.rmSync(path.join(dir, 'a')));
show('cp same', () => fs.cpSync(dir, dir));
show('cp no recursive', () => fs.cpSync(path.join(dir, 'a'), path.join(dir, 'b')));
show('cp into self', () => fs.cpSync(dir, path.join(dir, 'a'), { recursive: true }));
show('cp dir to file', () => fs.cpSync(path.join(dir, 'a'), path.join(dir, 'f'), { recursive: true }));
fs.rmSync(dir, { recursive: true });
