'use strict';
// assert.ok quotes its call site whatever Error.stackTraceLimit is (node reads one frame).
const assert = require('assert');
const { inspect } = require('util');
const run = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); } };
for (const limit of [0, 1, -1, 50]) {
  Error.stackTraceLimit = limit;
  run(() => assert.ok(typeof limit === 'string'));
  run(() => {
    const wrapper = (fn, value) => fn(value);
    wrapper(assert, false);
  });
}
Error.stackTraceLimit = 10;
// Code without a file (eval, new Function) falls back to 'false == true'.
run(() => eval('assert.ok(1 === 2)'));
run(() => new Function('assert', 'assert(1 === 2);')(assert));
// With inspect.defaultOptions.colors the diff's position marker counts visible characters.
inspect.defaultOptions.colors = true;
run(() => assert.strictEqual(111554n, 11111115));
run(() => assert.strictEqual(1, 2));
run(() => assert.strictEqual('test test', 'test foobar'));
inspect.defaultOptions.colors = false;
