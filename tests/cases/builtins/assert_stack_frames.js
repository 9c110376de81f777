'use strict';
// An assert function's error keeps Error.stackTraceLimit frames counted from its caller (node
// captures the stack above the assert function), for each kind of failure.
const assert = require('assert');
Error.stackTraceLimit = 3;
const names = (e) => e.stack.split('\n').filter((l) => l.startsWith('    at ')).map((l) => l.trim().split(' ')[1]).join(' < ');
function level3(f) { try { f(); } catch (e) { return names(e); } return 'no throw'; }
function level2(f) { return level3(f); }
function level1(f) { return level2(f); }
const cases = {
  ok: () => assert.ok(0),
  strictEqual: () => assert.strictEqual(1, 2),
  deepStrictEqual: () => assert.deepStrictEqual([1], [2]),
  notEqual: () => assert.notEqual(1, 1),
  throwsMissing: () => assert.throws(() => {}),
  throwsObject: () => assert.throws(() => { throw new Error('e'); }, { message: 'x' }),
  throwsPrimitive: () => assert.throws(() => { throw 1; }, { message: 'x' }),
  throwsClass: () => assert.throws(() => { throw new Error('e'); }, TypeError),
  doesNotThrow: () => assert.doesNotThrow(() => { throw new Error('e'); }),
  match: () => assert.match('a', /b/),
  fail: () => assert.fail('boom'),
  ifError: () => assert.ifError('x'),
  strict: () => assert.strict(0),
};
for (const [k, f] of Object.entries(cases)) console.log(k, level1(f));
