// Deep equality of odd objects: arguments, Symbol.toStringTag fakes of boxed primitives, boxed
// values with extra keys, Array subclasses and array-prototype objects, non-enumerable keys.
const util = require('util'); const assert = require('assert');
const args = (function () { return arguments; })(1, 2);
const tagged = { [Symbol.toStringTag]: 'Number' };
const fakeNum = Object.create(Number.prototype);
const pairs = [[args, [1, 2]], [args, { 0: 1, 1: 2 }], [args, (function () { return arguments; })(1, 2)], [tagged, new Number(1)], [fakeNum, new Number(0)], [new Number(1), { [Symbol.toStringTag]: 'Number', __proto__: Number.prototype }], [Object.assign(new Number(1), { a: 1 }), Object.assign(new Number(1), { a: 1 })], [new String('ab'), new String('ab')], [new String('ab'), Object.assign(new String('ab'), { 2: 'c' })], [new Boolean(false), new Boolean(true)], [Object(Symbol.iterator), Object(Symbol.iterator)], [new Map([[NaN, 1]]), new Map([[NaN, 1]])], [new Set([[1]]), new Set([[1]])], [Object.create(Array.prototype), []], [new (class extends Array {})(), []], [[1, 2, 3].map(String), ['1', '2', '3']], [Object.defineProperty([1], 'x', { value: 1, enumerable: false }), [1]], [Object.defineProperty({}, 'x', { value: 1, enumerable: false }), {}]];
for (const [a, b] of pairs) { let loose; try { assert.deepEqual(a, b); loose = true; } catch { loose = false; } console.log(util.isDeepStrictEqual(a, b), loose); }
