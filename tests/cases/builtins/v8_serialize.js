// v8.serialize/deserialize: V8's wire format (bytes as node writes them) and round trips.
const v8 = require('v8');
const util = require('util');
const hex = (x) => v8.serialize(x).toString('hex');
const values = [undefined, null, true, false, 0, 1, -1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 1.5, -0, NaN, Infinity, -Infinity, 4294967295, 1e21,
  '', 'abc', 'héllo', 'h€llo', '\u0100', 'a\u0100', 'x'.repeat(200), '😀',
  0n, 1n, -1n, 2n ** 64n, 2n ** 63n, -(2n ** 70n), 123456789012345678901234567890n,
  { a: 1, b: 'x' }, { 1: 'a', b: 2 }, { nested: { deep: [1, { x: null }] } }, Object.create(null),
  [], [1, 2, 3], [1, , 3], [1.5, 2], ['a', {}], new Array(3), Object.assign([1], { x: 2 }),
  new Date(0), new Date(1700000000123), /ab+c/gi, /x/dsuy, /\d+\s/m,
  new Map([[1, 'a'], ['k', { v: 1 }]]), new Set([1, 'x', null]), new Map(), new Set(),
  new Number(3), new String('s'), new Boolean(true), new Boolean(false), Object(1n),
  Buffer.from('ab'), new Uint8Array([1, 2]), new Uint16Array([1, 2]), new Int32Array([-1]), new Float64Array([1.5]), new Float32Array([0.5]),
  new Int8Array([-2]), new Uint8ClampedArray([255]), new Uint32Array([7]), new Int16Array([-3]), new BigInt64Array([1n]), new BigUint64Array([2n]),
  new DataView(new ArrayBuffer(2)), new ArrayBuffer(3), new Uint8Array(new ArrayBuffer(8), 2, 3),
  { get g() { return 5; } }, Object.create({ inh: 1 }, { own: { value: 2, enumerable: true }, hid: { value: 3 } }),
  { ['1e3']: 1, 4294967295: 2, 4294967294: 3, [-1]: 4 }, new (class Foo { constructor() { this.a = 1; } })(),
];
for (const x of values) {
  const buf = v8.serialize(x);
  const back = v8.deserialize(buf);
  let same;
  try { require('assert').deepStrictEqual(back, x); same = true; } catch { same = false; }
  console.log(buf.toString('hex'), Buffer.isBuffer(buf), same, util.inspect(back, { depth: 4 }).slice(0, 80));
}
// shared and circular references
const o = { name: 'o' };
o.self = o;
const arr = [o, o, { o }];
const back = v8.deserialize(v8.serialize(arr));
console.log(hex(arr), back[0] === back[1], back[0].self === back[0], back[2].o === back[0]);
const ab = new ArrayBuffer(4);
const views = v8.deserialize(v8.serialize([new Uint8Array(ab), new Uint8Array(ab, 1)]));
console.log(views[0].buffer === views[1].buffer, views[1].byteOffset);
// errors: name tag, message, cause; the stack survives as a string
for (const e of [new Error('m'), new TypeError('t'), new RangeError('r'), new SyntaxError('s'), new ReferenceError('f'), new EvalError('e'), new URIError('u'), new Error('c', { cause: { x: 1 } }), Object.assign(new Error('extra'), { code: 'E_X' })]) {
  const d = v8.deserialize(v8.serialize(e));
  console.log(d.constructor.name, d.message, d.cause, d.code, typeof d.stack, d.stack === e.stack, Object.keys(d), d instanceof Error);
}
const noMsg = v8.deserialize(v8.serialize(new Error()));
console.log(Object.getOwnPropertyNames(noMsg).sort(), noMsg.message);
// values that cannot be cloned
for (const bad of [() => 1, Symbol('q'), new WeakMap(), new WeakSet(), Promise.resolve(), { f() {} }, [Symbol()], new Proxy({}, {}), new SharedArrayBuffer(2), (function () { return arguments; })(1), new WeakRef({})]) {
  try { v8.serialize(bad); console.log('no error'); } catch (e) { console.log(e.name, e.constructor === Error, e.message); }
}
// malformed input
for (const b of [Buffer.from([]), Buffer.from([1, 2]), Buffer.from([0xff, 0x10, 0x5f]), Buffer.from([0xff, 0x0f, 0x01]), Buffer.from([0xff, 0x0f, 0x6f]), Buffer.from([0xff, 0x0f, 0x49, 0x02, 0x49])]) {
  try { console.log('value', v8.deserialize(b)); } catch (e) { console.log(e.name, e.message); }
}
for (const bad of ['x', 1, {}]) {
  try { v8.deserialize(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
// node's buffers decode here and ours there: a fixed buffer written by node
console.log(util.inspect(v8.deserialize(Buffer.from('ff0f6f220161490222016241034e000000000000f83f5c0a0261625f24000322016d3b4902272201782c013a02220164440000000000001440220173630a6800ac206c006c006f0022036269675a1105000000000000007b06', 'hex'))));
