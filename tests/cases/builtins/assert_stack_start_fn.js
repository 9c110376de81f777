'use strict';
// new AssertionError({ stackStartFn | stackStartFunction }): the stack starts at that function's
// caller, under the 'AssertionError [ERR_ASSERTION]: ...' header.
const assert = require('assert');
const frames = (s) => s.split('\n').filter((l) => l.startsWith('    at ')).slice(0, 2).map((l) => l.trim().split(' ')[1]).join(' < ');
function myAssert(v) {
  if (!v) throw new assert.AssertionError({ message: 'custom check failed', actual: v, expected: true, operator: 'myAssert', stackStartFn: myAssert });
}
function legacy(v) {
  if (!v) throw new assert.AssertionError({ actual: v, expected: 1, operator: 'strictEqual', stackStartFunction: legacy });
}
function user() {
  for (const fn of [myAssert, legacy]) {
    try { fn(0); } catch (e) { console.log(JSON.stringify(e.stack.split('\n    at ')[0]), '|', frames(e.stack), '|', e.stack.includes(fn.name)); }
  }
}
user();
// Without stackStartFn, user-constructed errors (and subclasses) start at node's constructor frame.
function make() { return new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' }); }
const firstFrames = (e) => e.stack.split('\n').filter((l) => l.startsWith('    at ')).slice(0, 2)
  .map((l) => l.replace(/\(\/.*\//, '(')).join(' | ');
console.log(firstFrames(make()));
class MyErr extends assert.AssertionError { constructor() { super({ message: 'sub' }); } }
console.log(firstFrames(new MyErr()).split(' | ')[0]);
Error.stackTraceLimit = 1;
console.log(make().stack.split('\n').length);
Error.stackTraceLimit = 10;
