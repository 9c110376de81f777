'use strict';
const assert = require('assert');
const util = require('util');
const log = console.log;
const show = (label, f) => {
  try { f(); log(label, 'no throw'); } catch (e) {
    log(`${label} ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    log(e.message);
    if (e.code === 'ERR_ASSERTION' && !(e.actual instanceof Error)) log('actual:', util.inspect(e.actual), 'expected:', util.inspect(e.expected));
  }
};
log(Object.keys(assert).join());
log(assert.strict === require('assert/strict'), assert.strict.strict === assert.strict, assert.AssertionError === assert.strict.AssertionError);
const pairs = [
  [1, 1], [1, '1'], [1, 2], [NaN, NaN], [0, -0], [-0, -0], ['a', 'b'], ['a'.repeat(20), 'b'.repeat(20)], [null, undefined],
  [{}, {}], [[1, 2], [1, 2]], [[1, 2], [1, 3]], [{ a: 1 }, { a: '1' }], [{ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }],
  [new Date(0), new Date(0)], [new Date(0), new Date(1)], [/a/g, /a/g], [/a/g, /a/i], [new Set([1, 2]), new Set([2, 1])],
  [new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])], [Symbol.for('s'), Symbol.for('s')],
  [[1, [2, [3]]], [1, [2, [3]]]], [Object.create(null), {}], [new Number(1), new Number(1)], [new String('a'), 'a'],
  ['abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyZ'], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]],
  [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 }, { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 9 }], [1n, 1n], [1n, 2n],
  [true, 1], [[], {}], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')], [function f() {}, function f() {}],
  [new Uint8Array([1, 2]), new Uint8Array([1, 2])], [new Uint8Array([1, 2]), new Uint8Array([1, 3])], [undefined, null], ['', 0],
  [[1, 2, 3], [1, 2]], [{ a: undefined }, {}], [[undefined], [,]], ['multi\nline\nstring', 'multi\nline\nString'],
];
for (const fn of ['equal', 'notEqual', 'strictEqual', 'notStrictEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual', 'notDeepStrictEqual']) {
  pairs.forEach(([a, b], i) => show(`${fn}#${i}`, () => assert[fn](a, b)));
}
show('custom msg', () => assert.strictEqual(1, 2, 'my message'));
show('error msg', () => assert.strictEqual(1, 2, new TypeError('own error')));
show('missing args', () => assert.strictEqual(1));
show('missing args2', () => assert.deepEqual());
show('ok0', () => assert.ok());
show('ok msg', () => assert.ok(0, 'zero'));
show('ok err', () => assert.ok('', new RangeError('r')));
show('fail0', () => assert.fail());
show('fail1', () => assert.fail('boom'));
show('fail err', () => assert.fail(new TypeError('te')));
show('fail2', () => assert.fail(1, 2));
show('fail3', () => assert.fail(1, 2, undefined, '>'));
show('fail4', () => assert.fail(1, 2, 'msg4'));
show('ifError null', () => assert.ifError(null));
show('ifError undef', () => assert.ifError(undefined));
show('ifError err', () => assert.ifError(new Error('bad thing')));
show('ifError str', () => assert.ifError('str'));
show('ifError 0', () => assert.ifError(0));
show('ifError empty msg', () => assert.ifError(new TypeError('')));
show('match', () => assert.match('abc', /x/));
show('match ok', () => assert.match('abc', /b/));
show('match nonstr', () => assert.match(123, /1/));
show('match bad re', () => assert.match('abc', 'b'));
show('match msg', () => assert.match('abc', /x/, 'custom'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch nonstr', () => assert.doesNotMatch(1, /b/));
show('AssertionError', () => { throw new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); });
show('AssertionError msg', () => { throw new assert.AssertionError({ message: 'hello', actual: 1 }); });
show('AssertionError bad', () => new assert.AssertionError());
show('AssertionError op', () => { throw new assert.AssertionError({ actual: 1, expected: 2, operator: '>' }); });
const ae = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
log(ae instanceof Error, Object.keys(ae), String(ae).split('\n')[0], ae.name, Object.prototype.hasOwnProperty.call(ae, 'name'));
show('strict.equal', () => assert.strict.equal(1, '1'));
show('strict.deepEqual', () => assert.strict.deepEqual([1], ['1']));
show('strict.notEqual', () => assert.strict.notEqual(1, 1));
// The name is the instance's own (node sets it in the constructor); the prototype inherits Error's.
console.log(Object.getOwnPropertyDescriptor(assert.AssertionError.prototype, 'name'), assert.AssertionError.prototype.name);
