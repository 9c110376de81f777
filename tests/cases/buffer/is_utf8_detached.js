// buffer.isUtf8/isAscii refuse a detached ArrayBuffer (ERR_INVALID_STATE, node's C++ message);
// a view over a detached buffer has no bytes and validates.
const { isAscii, isUtf8 } = require('buffer');
const ab = new ArrayBuffer(8);
structuredClone(ab, { transfer: [ab] });
for (const f of [isAscii, isUtf8]) {
  try { console.log(f(ab)); } catch (e) { console.log(e.name, e.code, e.message); }
}
const ab2 = new ArrayBuffer(8);
const view = new Uint8Array(ab2, 2);
structuredClone(ab2, { transfer: [ab2] });
for (const f of [isAscii, isUtf8]) console.log(f(view), f(new ArrayBuffer(0)), f(new Uint16Array([0x80])));
for (const v of [null, 'x', [1]]) {
  try { isUtf8(v); } catch (e) { console.log(e.code, e.message); }
}
