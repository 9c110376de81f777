'use strict';
// assert.fail's forms (node 20): operator 'fail' by default, '!=' with two arguments, an Error
// message thrown as is, and a fifth argument that starts the stack above the given function.
const assert = require('assert');
process.on('warning', (w) => console.log('warning', w.code));
const show = (f) => {
  try { f(); } catch (e) {
    console.log(e.name, JSON.stringify(e.message), e.operator, e.actual, e.expected, e.generatedMessage);
    return e;
  }
};
show(() => assert.fail());
show(() => assert.fail('custom message'));
show(() => assert.fail(new TypeError('own')));
show(() => assert.fail('first', 'second'));
show(() => assert.fail('ignored', 'ignored', 'another custom message'));
show(() => assert.fail(1, 2, undefined, '>'));
show(() => assert.fail({ a: 1 }, [2], undefined, 'op'));
const e = show(function foo() { assert.fail('first', 'second', 'message', '!==', foo); });
console.log(/^\s*at foo\b/m.test(e.stack), e.stack.split('\n')[0]);
const e2 = show(function bar() { assert.fail('plain'); });
console.log(/^\s*at bar\b/m.test(e2.stack), /^\s*at fail\b/m.test(e2.stack));
