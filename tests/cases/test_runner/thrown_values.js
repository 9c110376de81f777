// Non-error throws are shown with util.inspect (a custom inspect that throws is skipped, as
// node's inspectWithNoCustomRetry does), thenables are awaited, and an exception from a
// callback no test scheduled is a top-level diagnostic, not a failure of the test running then.
// @normalize: duration_ms:? [\d.]+
// @normalize: stack: \|-(\n(?! *\.\.\.\n)[^\n]*)*
const { test } = require('node:test');
const util = require('util');

test('passes first', () => {});
test('custom inspect that throws', () => {
  throw { [util.inspect.custom]() { throw new Error('bad-inspect'); }, foo: 1 };
});
test('throws a symbol', () => { throw Symbol('sym'); });
test('throws an array', () => { throw [1, 'two', { three: 3 }]; });
test('throws undefined', () => { throw undefined; });
test('resolved thenable', () => ({ then(ok) { ok(); } }));
test('rejected thenable', () => ({ then(_, fail) { fail('custom error'); } }));

setImmediate(() => { throw new Error('uncaught from outside of a test'); });
test('still running when the immediate throws', () => new Promise((resolve) => setTimeout(resolve, 30)));
test('after', () => {});
