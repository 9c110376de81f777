// node 20 checks the descriptor of close/fstat/fsync/fdatasync/ftruncate/fchmod/fchown/futimes in
// C++ after their other arguments: plain TypeError/RangeError with a code (no [CODE] in the stack),
// a function shown as "function", a bigint without its n; read checks it in JS as before.
const fs = require('fs');
for (const [n, f] of [['fchmod', () => fs.fchmodSync('x', 'bad')], ['fchown', () => fs.fchownSync('x', 'u', 0)], ['futimes', () => fs.futimesSync('x', 'a', 1)], ['ftruncate', () => fs.ftruncateSync('x', 'l')], ['fchmod cb', () => fs.fchmod('x', 'bad', () => {})], ['fstat opts', () => fs.fstatSync('x', null)], ['close cb', () => fs.close('x', 5)], ['fstat', () => fs.fstatSync(() => {})], ['close', () => fs.closeSync(10n)], ['fsync', () => fs.fsyncSync(-1)], ['read', () => fs.readSync('x', Buffer.alloc(1))], ['ftruncate cb', () => fs.ftruncate(1.5, () => {})], ['fdatasync cb', () => fs.fdatasync('x', () => {})], ['futimes cb', () => fs.futimes({}, 1, 1, () => {})]]) {
  try { f(); } catch (e) { console.log(n, e.stack.split('\n')[0], Object.keys(e).join(), e.name); }
}
