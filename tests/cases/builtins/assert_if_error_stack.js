'use strict';
// assert.ifError's stack: its own frames down to the first one the original error shares,
// then the original error's frames (where it was created).
const assert = require('assert');
const names = (stack) => stack.split('\n').slice(1).map((l) => l.trim().split(' ')[1]).filter((n) => !n.startsWith('Module') && !n.startsWith('Function.') && !n.startsWith('node:')).join(' < ');
function readIt(cb) { (function deeper() { cb(new Error('disk on fire')); })(); }
readIt(function onRead(err) {
  try {
    assert.ifError(err);
  } catch (e) {
    console.log(e.message, e.actual === err, e.expected, e.operator);
    console.log(names(e.stack));
    console.log(names(err.stack));
  }
});
try { assert.ifError({ stack: 'no frames here', message: 'plain' }); } catch (e) { console.log(e.message, names(e.stack)); }
try { assert.ifError('str'); } catch (e) { console.log(e.message, names(e.stack)); }
