// util.inspect over many values × option sets (the oracle is node's output): strings with every
// escape class, numbers/bigints with numericSeparator, arrays long enough for column grouping
// (mixed widths, wide and emoji characters, colours), nested objects around 80 columns,
// Map/Set/typed arrays, class instances, symbol keys, getters, circular references, sorting.
'use strict';
const util = require('util');

const esc = [];
for (let c = 0; c < 0x20; c++) esc.push(String.fromCharCode(c));
const strings = [
  '', 'plain', "it's", 'say "hi"', `both ' and "`, `all ' " \``, "q ' ${x} \"", 'back\\slash',
  esc.join(''), 'del\x7f c1\x80\x85\x9f nbsp\xa0 latin\xff', 'tab\tnl\ncr\rvt\x0bff\x0c',
  'lone \ud800 high', 'lone \udc00 low', 'pair \ud83d\ude00 ok', 'rev \udc00\ud800 x', 'end\ud83d',
  '日本語のテキスト', 'emoji 😀🚀👍🏽', 'e\u0301 combining', 'zw\u200b\u200dj', 'a'.repeat(20),
  'multi\nline\nstring that is long enough to be split when it passes the break length of eighty columns\n',
  'x'.repeat(120), "it's ".repeat(30), 'a\nb', '\u001b[31mred\u001b[39m',
];
const numbers = [0, -0, 1, -1, 1.5, -0.000123, 1e21, 1e-7, 123456789, -123456789.123456, 1234.5678,
  0.1, 1000, 999, 12345678901234, NaN, Infinity, -Infinity, 2 ** 53, 5e-324, 100.25, -1000000];
const bigints = [0n, 1n, -1n, 1000n, -123456789n, 12345678901234567890n, 2n ** 100n];
const syms = [Symbol(), Symbol('desc'), Symbol('with\nnewline'), Symbol.iterator, Symbol.for('reg')];

class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Empty {}
class Sub extends Point { constructor() { super(1, 2); this.z = 3; } }
class MyMap extends Map {}
class MyArr extends Array {}
const nullProto = Object.assign(Object.create(null), { a: 1, b: 'two' });
const wide = ['日本', '語', 'テキスト', '😀', '🚀🚀', 'ab', 'abcdef', '한국어', 'x', 'ｆｕｌｌ', 'é', 'e\u0301'];
const mixed = Array.from({ length: 26 }, (_, i) => 'w'.repeat((i * 7) % 13 + 1));
const nums = Array.from({ length: 40 }, (_, i) => (i * 7919) % 1000 - 300);
const floats = Array.from({ length: 30 }, (_, i) => i / 7);
const bigArr = Array.from({ length: 150 }, (_, i) => i * i);
const objs = Array.from({ length: 9 }, (_, i) => ({ id: i, name: `n${i}` }));
const nested = { a: { b: { c: { d: { e: { f: 1 } } } } }, arr: [[[[[1, 2]]]]], s: 'str' };
const wideObj = {};
for (let i = 0; i < 12; i++) wideObj[`property_number_${i}`] = i % 2 ? `value ${i}` : i * 1000;
const keys = { 'a-b': 1, valid_id: 2, 3: 'three', '': 'empty', 'with space': 4, "q'uote": 5, __proto__x: 6,
  [Symbol('s')]: 7, [Symbol()]: 8, ['__proto__']: 9, $dollar: 10, 'ünï': 11, '1a': 12, 'line\nbreak': 13 };
Object.defineProperty(keys, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(keys, Symbol('hiddenSym'), { value: 'hs', enumerable: false });
const getters = {
  get g() { return 42; }, set s(v) {}, get gs() { return { deep: [1, 2] }; }, set gs(v) {},
  get thrower() { throw new Error('boom'); }, get nul() { return null; }, get str() { return 'got'; },
};
const circ = { name: 'root' };
circ.self = circ;
circ.child = { parent: circ, list: [circ] };
const circ2 = { a: {}, b: {} };
circ2.a.me = circ2.a;
circ2.b.me = circ2.b;
circ2.b.other = circ2.a;
const sparse = [1, , 3];
sparse[10] = 'ten';
const withProps = [1, 2, 3];
withProps.extra = 'prop';
withProps[Symbol('as')] = true;
const fnWithProps = Object.assign(function hasProps() {}, { a: 1 });
const map = new Map([['k1', { v: 1 }], [{ o: 1 }, [1, 2]], [NaN, 'nan'], [Symbol('m'), null]]);
const set = new Set(['x', 1, { s: true }, [1, 2], 'y'.repeat(30)]);
const bigMap = new Map(Array.from({ length: 120 }, (_, i) => [i, `v${i}`]));
const bigSet = new Set(Array.from({ length: 110 }, (_, i) => i));
const typed = [new Uint8Array([1, 2, 3, 255]), new Int16Array([-1, 300, -32768]), new Float32Array([1.5, -0, NaN]),
  new Float64Array(10).map((_, i) => i * 1111.5), new BigInt64Array([1n, -2n, 1234567n]), new Uint8Array(120),
  new Uint8ClampedArray(3), new Int32Array(0)];
const misc = [new Date(Date.UTC(2024, 0, 2, 3, 4, 5)), new Date(NaN), /ab+c/gi, /a.b\d+$/m, new RegExp(''),
  function named() {}, () => {}, async function af() {}, function* gen() {}, async () => {}, class Foo {},
  class Bar extends Point {}, Math.max, fnWithProps, new Number(3), new Boolean(true), Object(10n), Object(Symbol('bx')),
  new WeakMap(), new WeakSet(), Promise.resolve(42), new Promise(() => {}), new ArrayBuffer(6), new DataView(new ArrayBuffer(2)),
  [], {}, [[]], [{}], { a: [] }, { a: {} }, new Point(1, 2), new Empty(), new Sub(), new MyMap([[1, 2]]), MyArr.from([1, 2]),
  nullProto, Object.create(null), Object.create(Point.prototype), Object.create(nullProto), new Map(), new Set()];
const dateProp = new Date(0);
dateProp.extra = 1;
const reProp = /re/;
reProp.extra = [1];
misc.push(dateProp, reProp);

const values = [...strings, ...numbers, ...bigints, ...syms, true, false, null, undefined,
  wide, mixed, nums, floats, bigArr, objs, nested, wideObj, keys, getters, circ, circ2, sparse, withProps,
  map, set, bigMap, bigSet, ...typed, ...misc, strings, numbers, bigints, syms, esc, { strings }, [wide, mixed],
  { deep: { nums, floats } }, [nested, [nested]], new Array(5), [undefined, null, , 3], [1, , , 4],
  Array.from({ length: 7 }, (_, i) => 10n ** BigInt(i)), Array.from({ length: 8 }, (_, i) => (i % 2 ? 'odd' : i)),
  Array.from({ length: 20 }, (_, i) => ({ i })), Array.from({ length: 16 }, (_, i) => [i, i + 1])];

const optionSets = [
  undefined,
  { depth: 0 }, { depth: 1 }, { depth: null }, { depth: Infinity },
  { compact: false }, { compact: true }, { compact: 1 }, { compact: 5 },
  { breakLength: 40 }, { breakLength: Infinity }, { breakLength: 120, compact: 2 },
  { sorted: true }, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) },
  { numericSeparator: true }, { colors: true }, { colors: true, compact: false },
  { maxArrayLength: 3 }, { maxArrayLength: 0 }, { maxArrayLength: null }, { maxStringLength: 4 }, { maxStringLength: 0 },
  { showHidden: true }, { getters: true }, { getters: 'get' }, { getters: 'set' },
  { colors: true, numericSeparator: true, breakLength: 60 }, { depth: 4, compact: 3, breakLength: 100, sorted: true },
];

let n = 0;
for (const opts of optionSets) {
  console.log(`=== ${util.inspect(opts)}`);
  for (const v of values) {
    // node previews WeakMap/WeakSet entries under showHidden (V8 internals).
    if (opts && opts.showHidden && (v instanceof WeakMap || v instanceof WeakSet)) continue;
    let out;
    try { out = util.inspect(v, opts); } catch (e) { out = `threw ${e.name}`; }
    console.log(out);
    n++;
  }
}
console.log(n, 'values');
