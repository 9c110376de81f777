// Deep equality of arrays (compared by index): holes versus undefined, extra and symbol keys,
// -0, sparse arrays, cycles, in util.isDeepStrictEqual and assert.deepEqual.
const util = require('util');
const cases = [
  [[1, , 3], [1, undefined, 3]], [[1, , 3], [1, , 3]], [[, 1], [undefined, 1]], [[undefined], [undefined]], [new Array(3), new Array(3)], [new Array(3), [undefined, undefined, undefined]],
  [Object.assign([1, 2], { x: 1 }), [1, 2]], [Object.assign([1, 2], { x: 1 }), Object.assign([1, 2], { x: 1 })], [Object.assign([1, 2], { x: 1 }), Object.assign([1, 2], { x: 2 })], [Object.assign([1, 2], { x: 1 }), Object.assign([1, 2], { y: 1 })],
  [[0], [-0]], [[-0], [-0]], [[NaN], [NaN]], [[1, '1'], [1, 1]], [[[1, [2]]], [[1, [2]]]], [[{ a: 1 }], [{ a: 1 }]], [[{ a: 1 }], [{ a: 2 }]],
  [(() => { const x = [1]; x[Symbol.for('s')] = 1; return x; })(), [1]], [(() => { const x = [1]; x[5] = 2; return x; })(), (() => { const x = [1]; x[5] = 2; return x; })()], [(() => { const x = [1]; x[5] = 2; return x; })(), [1, undefined, undefined, undefined, undefined, 2]],
  [[null], [undefined]], [[1, 2, 3], [1, 2]], [(() => { const x = [1, 2]; x.length = 3; return x; })(), [1, 2, undefined]],
];
(() => { const c = [1]; c.push(c); const d = [1]; d.push(d); cases.push([c, d]); })();
for (const [a, b] of cases) console.log(util.isDeepStrictEqual(a, b), require('assert').deepEqual.length, (() => { try { require('assert').deepEqual(a, b); return true; } catch { return false; } })());
