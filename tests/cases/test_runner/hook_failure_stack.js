// A hook that throws reports a stack in which the test code that started it still shows within
// Error.stackTraceLimit (10 frames), as in node: t.test() runs the subtest's beforeEach/afterEach
// synchronously, so the parent's call site is a frame of the hook's error. (rjs's runner wrapped
// run() in an extra frame and pushed that call site out.) Runs of node-internal frames are
// normalised, the user frames are compared.
// @normalize: duration_ms:? [\d.]+
// @normalize: (\n +(async )?([^\n(]*\((node:[^)\n]*|<anonymous>)\)|node:[^\n]*))+
const { test, describe, it, beforeEach } = require('node:test');
test('t.beforeEach throws', (t) => {
  t.beforeEach(() => { throw new Error('beforeEach'); });
  t.test('1', () => {});
});
test('t.afterEach throws', (t) => {
  t.afterEach(() => { throw new Error('afterEach'); });
  t.test('1', () => {});
});
describe('suite', () => {
  beforeEach(() => { throw new Error('suite beforeEach'); });
  it('a', () => {});
});
