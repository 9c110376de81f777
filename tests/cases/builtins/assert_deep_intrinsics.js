'use strict';
// deepEqual/deepStrictEqual read dates, regexps and typed arrays through the intrinsic
// accessors: own overrides, borrowed prototypes and Symbol.toStringTag do not fool them.
const assert = require('assert');
const r = (f) => { try { f(); return 'ok'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'F' : `${e.name}: ${e.message}`; } };
function check(label, a, b) {
  console.log(label, r(() => assert.deepEqual(a, b)), r(() => assert.deepStrictEqual(a, b)),
    r(() => assert.deepEqual(b, a)), r(() => assert.deepStrictEqual(b, a)));
}
{
  const a = new Date('2000'); const b = new Date('2000');
  Object.defineProperty(a, 'getTime', { value: () => 5 });
  check('getTime own', a, b);
}
{
  const a = /abc/g; const b = /abc/g;
  Object.defineProperty(a, 'source', { value: 'x' });
  check('regexp source own', a, b);
}
{
  const a = Buffer.from('test');
  const b = Object.create(Object.getPrototypeOf(a), Object.getOwnPropertyDescriptors(a));
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  check('fake buffer', a, b);
}
{
  const a = new Uint8Array(10); const b = new Int8Array(10);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'Uint8Array' });
  Object.setPrototypeOf(b, Uint8Array.prototype);
  check('int8 as uint8', a, b);
}
{
  const a = new ArrayBuffer(3); const b = new Uint8Array(3);
  Object.setPrototypeOf(b, ArrayBuffer.prototype);
  Object.defineProperty(b, Symbol.toStringTag, { value: 'ArrayBuffer' });
  check('u8 as arraybuffer', a, b);
}
{
  const a = new Uint8Array([1, 2]); const b = new Uint8Array([1, 2]);
  Object.defineProperty(a, 'length', { value: 1 });
  check('own length', a, b);
}
check('f32 NaN', new Float32Array([NaN]), new Float32Array([NaN]));
check('f64 -0', new Float64Array([0]), new Float64Array([-0]));
check('u8/i8', new Uint8Array([1]), new Int8Array([1]));
// SharedArrayBuffers compare by their bytes, and never equal an ArrayBuffer.
check('sab len', new SharedArrayBuffer(2), new SharedArrayBuffer(3));
check('sab bytes', new Uint8Array(new SharedArrayBuffer(3)).fill(1).buffer, new Uint8Array(new SharedArrayBuffer(3)).fill(2).buffer);
check('sab same', new SharedArrayBuffer(3), new SharedArrayBuffer(3));
check('sab/ab', new SharedArrayBuffer(2), new ArrayBuffer(2));
// Strictly, typed arrays and DataViews compare by their bytes (NaNs of other payloads differ);
// loosely, float arrays by value. Big arrays compare quickly.
{
  const nan1 = new Float64Array(new BigUint64Array([0x7ff8000000000001n]).buffer);
  check('nan payload', nan1, new Float64Array([NaN]));
  check('f32 values', new Float32Array([0, 1.5]), new Float32Array([-0, 1.5]));
  const d1 = new DataView(new ArrayBuffer(8), 2, 4); const d2 = new DataView(new ArrayBuffer(4));
  check('dataview offset', d1, d2);
  d2.setUint8(3, 1);
  check('dataview bytes', d1, d2);
  // (util.isDeepStrictEqual: no failure message to inspect.)
  const { isDeepStrictEqual } = require('util');
  const big = new Uint8Array(1 << 20); const big2 = new Uint8Array(1 << 20);
  console.log('1MiB', isDeepStrictEqual(big, big2));
  big2[big2.length - 1] = 1;
  console.log('1MiB last byte', isDeepStrictEqual(big, big2));
  big.extra = 1; big2[big2.length - 1] = 0;
  console.log('1MiB extra key', isDeepStrictEqual(big, big2));
}
