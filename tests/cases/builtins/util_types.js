'use strict';
const types = require('util/types');
const util = require('util');
console.log(Object.keys(types).join());
console.log(types === util.types);
function* gen() {}
async function* agen() {}
async function af() {}
const ab = new ArrayBuffer(8);
const samples = {
  num: 1, str: 's', nul: null, undef: undefined, obj: {}, arr: [], fn: function () {}, arrow: () => {},
  af, gen, agen, asyncArrow: async () => {}, method: { m() {} }.m, agenMethod: { async *m() {} }.m, genMethod: { *m() {} }.m,
  genObj: gen(), agenObj: agen(), date: new Date(), re: /x/, err: new Error('e'), typeErr: new TypeError('t'),
  fakeErr: Object.create(Error.prototype), promise: Promise.resolve(), thenable: { then() {} },
  map: new Map(), set: new Set(), wmap: new WeakMap(), wset: new WeakSet(), wref: new WeakRef({}),
  mapIter: new Map().entries(), setIter: new Set().values(), mapKeys: new Map().keys(), arrIter: [][Symbol.iterator](),
  ab, sab: typeof SharedArrayBuffer === 'function' ? new SharedArrayBuffer(4) : new ArrayBuffer(4), dv: new DataView(ab),
  u8: new Uint8Array(2), u8c: new Uint8ClampedArray(2), u16: new Uint16Array(2), u32: new Uint32Array(2), i8: new Int8Array(2),
  i16: new Int16Array(2), i32: new Int32Array(2), f32: new Float32Array(2), f64: new Float64Array(2),
  bi64: new BigInt64Array(2), bu64: new BigUint64Array(2),
  numObj: new Number(1), strObj: new String('s'), boolObj: new Boolean(false), bigObj: Object(1n), symObj: Object(Symbol('s')),
  args: (function () { return arguments; })(), proxy: new Proxy({}, {}), proxyFn: new Proxy(function () {}, {}),
  fakeDate: Object.create(Date.prototype), taggedMap: { [Symbol.toStringTag]: 'Map' }, sub: new (class extends Map {})(),
  subU8: new (class extends Uint8Array {})(1), fakeTyped: Object.create(Uint8Array.prototype),
};
for (const name of Object.keys(types)) {
  const hits = Object.keys(samples).filter((k) => { try { return types[name](samples[k]); } catch (e) { return `threw:${k}`; } });
  console.log(name, hits.join(' '));
}
console.log(types.isNativeError(new DOMException('x')), types.isPromise(Object.create(Promise.prototype)));
console.log(util.isError(new DOMException('x')), util.isError(Object.create(Error.prototype)), util.isError({ name: 'Error', message: 'x' }));
