// Errors carry an own, non-enumerable 'stack' as in V8: own property names, hasOwnProperty,
// spreading, JSON, inspect (showHidden), deep equality and assert.throws see what node's do.
const util = require('util'); const assert = require('assert');
const e = new Error("m"); console.log(Object.getOwnPropertyNames(e), e.hasOwnProperty('stack'), Object.keys(e), JSON.stringify(e));
const t = new TypeError("x", {cause: 1}); console.log(Object.getOwnPropertyNames(t));
class M extends Error { constructor() { super("q"); this.code = 1; } } console.log(Object.getOwnPropertyNames(new M()));
try { null.x } catch (e) { console.log(Object.getOwnPropertyNames(e)); }
console.log(Object.getOwnPropertyNames(new AggregateError([], "a")));
console.log(util.isDeepStrictEqual(new Error("a"), new Error("a")), util.isDeepStrictEqual(new Error("a"), new Error("b")));
assert.deepStrictEqual(new Error('a'), new Error('a'));
assert.throws(() => { throw new TypeError('z'); }, { name: 'TypeError', message: 'z' });
assert.throws(() => { throw new TypeError('z'); }, new TypeError('z'));
const x = Object.assign(new Error('with props'), { code: 'E1' });
console.log(util.inspect(x).split('\n')[0], util.inspect(x).includes("code: 'E1'"));
console.log(util.inspect({ err: new RangeError('r') }).split('\n')[0]);
console.log(util.inspect(new Error('h'), { showHidden: true }).split('\n').slice(-2).join('|').replace(/\(.*\)/g, ''));
const s = new Error('s'); s.stack = 'custom'; console.log(s.stack, Object.getOwnPropertyDescriptor(s, 'stack').value);
console.log({ ...new Error('spread') }, Object.entries(new Error('en')));
console.log(structuredClone(new Error('sc')).message, Object.getOwnPropertyNames(structuredClone(new Error('sc'))).includes('stack'));
