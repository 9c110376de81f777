const { test } = require('node:test');
const util = require('util');
test('b sees fresh built-ins', () => {
  console.log(typeof [].last, {}.polluted, typeof ''.shout, Date.now() > 1e12, Math.random() !== 0.5, JSON.parse('1'));
  console.log(Promise.prototype.extra, require('events').captureRejections, util.inspect({ a: { b: {} } }));
  console.count('files');
  console.timeEnd('timer');
  util.deprecate(() => {}, 'old thing', 'DEP_T4')();
});
