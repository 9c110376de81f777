const { test } = require('node:test');
const util = require('util');
test('a changes built-ins', () => {
  Array.prototype.last = function last() { return this[this.length - 1]; };
  Object.prototype.polluted = 'yes';
  String.prototype.shout = function shout() { return this.toUpperCase(); };
  Date.now = () => 0;
  Math.random = () => 0.5;
  const parse = JSON.parse;
  JSON.parse = (text) => ({ wrapped: parse(text) });
  Promise.prototype.extra = 1;
  require('events').captureRejections = true;
  util.inspect.defaultOptions.depth = 0;
  console.count('files');
  console.time('timer');
  console.group('left open');
  util.deprecate(() => {}, 'old thing', 'DEP_T4')();
  console.log([1, 2].last(), {}.polluted, 'a'.shout(), Date.now(), Math.random(), JSON.parse('1'));
});
