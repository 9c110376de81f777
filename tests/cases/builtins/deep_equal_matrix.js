// Deep equality across a matrix of values (primitives, boxed, arrays with holes and extra keys,
// Maps/Sets, dates, regexps, errors, typed arrays, cycles, symbols): strict and loose verdicts.
const util = require('util'); const assert = require('assert');
const mk = () => { const c = { x: 1 }; c.self = c; return c; };
const vals = [1, '1', 0, -0, NaN, null, undefined, true, 1n, Symbol.for('s'), {}, [], [1], ['1'], { a: 1 }, { a: '1' }, { a: 1, b: 2 }, { b: 2, a: 1 }, [1, 2], [2, 1], [, 1], [undefined, 1], new Date(0), new Date(1), /a/, /a/g, new Map([[1, 2]]), new Map([[1, '2']]), new Map([['1', 2]]), new Set([1]), new Set(['1']), new Set([{ a: 1 }]), new Set([{ a: '1' }]), new Number(1), new String('1'), Object(1n), new Boolean(true), Object.create(null), Object.assign(Object.create(null), { a: 1 }), new Error('x'), new TypeError('x'), Buffer.from('a'), new Uint8Array([97]), new Uint16Array([97]), new ArrayBuffer(1), mk(), mk(), [mk()], { [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 2 }, Object.assign([1], { p: 1 }), Object.assign([1], { p: 2 }), new (class A { constructor() { this.a = 1; } })(), new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']]), new Set([NaN]), new Set([NaN]), [NaN], [NaN], function f() {}, () => {}, new WeakMap(), Promise.resolve()];
const out = [];
for (let i = 0; i < vals.length; i++) for (let j = 0; j < vals.length; j++) {
  const a = vals[i], b = vals[j];
  let loose; try { assert.deepEqual(a, b); loose = 1; } catch { loose = 0; }
  out.push(`${i},${j}:${util.isDeepStrictEqual(a, b) ? 1 : 0}${loose}`);
}
console.log(out.join(' '));
