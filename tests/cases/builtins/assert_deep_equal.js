'use strict';
const assert = require('assert');
const util = require('util');
const loose = (a, b) => { try { assert.deepEqual(a, b); return 1; } catch { return 0; } };
const strict = (a, b) => (util.isDeepStrictEqual(a, b) ? 1 : 0);
const sym = Symbol('s');
const cyc1 = { a: 1 }; cyc1.self = cyc1;
const cyc2 = { a: 1 }; cyc2.self = cyc2;
const cyc3 = { a: 1, self: { a: 1 } }; cyc3.self.self = cyc3;
const arrHole = [1, , 3];
const err1 = new Error('x'); err1.code = 1;
const err2 = new Error('x'); err2.code = 2;
const fn = () => {};
const protoA = Object.create({ inherited: 1 });
const objWithSym = { [sym]: 1 };
const objWithSym2 = { [sym]: 2 };
const nonEnum = Object.defineProperty({}, 'hidden', { value: 1, enumerable: false });
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [null, undefined], [null, null], ['a', new String('a')], [1, true],
  [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: '1' }], [{ a: 1, b: 2 }, { b: 2, a: 1 }], [{ a: undefined }, {}], [{ a: undefined }, { b: undefined }],
  [[1, 2], [1, 2]], [[1, 2], [2, 1]], [[1, 2], { 0: 1, 1: 2, length: 2 }], [arrHole, [1, undefined, 3]], [[1, , 3], [1, , 3]],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [new Date(NaN), new Date(NaN)], [new Date(0), {}],
  [/a/g, /a/g], [/a/g, /a/m], [/a/, /b/], [Object.assign(/a/, { x: 1 }), /a/],
  [new Map([[1, 'a']]), new Map([[1, 'a']])], [new Map([[1, 'a']]), new Map([['1', 'a']])], [new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])], [new Map(), new Set()], [new Map([[NaN, 1]]), new Map([[NaN, 1]])],
  [new Set([1, 2]), new Set([2, 1])], [new Set([1]), new Set(['1'])], [new Set([{ a: 1 }]), new Set([{ a: 1 }])], [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  [new Set([[1], [2]]), new Set([[2], [1]])], [new Set([null]), new Set([undefined])],
  [cyc1, cyc2], [cyc1, cyc3], [err1, err2], [new Error('a'), new Error('b')], [new TypeError('a'), new Error('a')],
  [fn, fn], [fn, () => {}], [protoA, {}], [Object.create(null), {}], [objWithSym, objWithSym2], [objWithSym, {}],
  [nonEnum, {}], [new Number(1), new Number(1)], [new Number(1), new Number(2)], [new Number(1), 1], [new Boolean(true), new Boolean(true)],
  [Object(1n), Object(1n)], [Object(sym), Object(sym)], [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Int8Array([1, 2])],
  [new Float64Array([0]), new Float64Array([-0])], [new Float64Array([NaN]), new Float64Array([NaN])], [new Uint8Array([1]), [1]],
  [new ArrayBuffer(2), new ArrayBuffer(2)], [new ArrayBuffer(2), new ArrayBuffer(3)], [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))],
  [Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1)], [[1, 2, 3], [1, 2, 3, 4]], [{ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }],
  [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }], [new WeakMap(), new WeakMap()], [new WeakSet(), new WeakSet()], [Promise.resolve(), Promise.resolve()],
  [[], {}], [{ length: 0 }, []], [Object.assign([1], { x: 1 }), [1]], [(function () { return arguments; })(1), [1]],
  [(function () { return arguments; })(1), (function () { return arguments; })(1)], [new (class A {})(), new (class B {})()],
  [{ a: NaN }, { a: NaN }], [[0], [-0]], [{ a: 0 }, { a: -0 }], [new Set([0]), new Set([-0])], [new Map([[0, 'a']]), new Map([[-0, 'a']])],
  [Symbol.iterator, Symbol.iterator], [1n, 1n], [1n, 1], [[1, 2], new Set([1, 2])], ['ab', ['a', 'b']],
];
cases.forEach(([a, b], i) => console.log(i, loose(a, b), strict(a, b), loose(b, a), strict(b, a)));
