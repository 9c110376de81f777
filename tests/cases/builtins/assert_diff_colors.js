'use strict';
// With stderr a color terminal, AssertionError diffs color their markers as node's: green '+',
// red '-', blue '...' (for custom messages too); a depth of 2 colors or less, or FORCE_COLOR=0,
// turns them off; a stderr that is no terminal keeps the last choice.
const assert = require('assert');
const show = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };
const cases = () => {
  show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3, 4, 5, 6, 7, 8] }, { a: 2, b: [1, 2, 3, 4, 5, 6, 7, 9] }));
  show(() => assert.strictEqual('hello world', 'hello there'));
  show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4], 'custom'));
  show(() => assert.deepStrictEqual(Array(30).fill(1), Array(30).fill(2)));
  show(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }));
  show(() => assert.strictEqual(1, 2));
};
delete process.env.FORCE_COLOR;
Object.defineProperty(process.stderr, 'isTTY', { value: true, configurable: true });
process.stderr.getColorDepth = () => 8;
cases();
process.stderr.getColorDepth = () => 2;
cases();
process.env.FORCE_COLOR = '1';
show(() => assert.deepStrictEqual([1], [2]));
process.env.FORCE_COLOR = 'yes';
show(() => assert.deepStrictEqual([1], [2]));
process.env.FORCE_COLOR = '1';
show(() => assert.deepStrictEqual([1], [2]));
Object.defineProperty(process.stderr, 'isTTY', { value: false, configurable: true });
process.env.FORCE_COLOR = '0';
show(() => assert.deepStrictEqual([1], [2]));
