// The functions mock.timers installs carry the names of node's bound private methods
// (util.inspect(setTimeout) while mocked shows [Function: bound #createTimer]).
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
const util = require('node:util');
const timers = require('node:timers');
const tp = require('node:timers/promises');

test('names', (t) => {
  t.mock.timers.enable();
  const show = (f) => (typeof f === 'function' ? `${f.name}/${f.length}` : typeof f);
  for (const n of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    console.log(n, show(globalThis[n]), show(timers[n]), show(tp[n]));
  }
  console.log(util.inspect(setTimeout), util.inspect(tp.setInterval));
  t.mock.timers.reset();
  console.log(setTimeout.name, tp.setTimeout.name);
});
