'use strict';
// util.callbackify of a function that returns no promise: the TypeError is thrown synchronously
// by the callbackified call, worded as node's (its source names the primordial ReflectApply).
const util = require('util');
const f = util.callbackify(() => 5);
try {
  f(() => console.log('never'));
} catch (e) {
  console.log(e.name, e.message);
}
const g = util.callbackify(async (a, b) => a + b);
console.log(g.name, g.length);
g(1, 2, (err, v) => console.log(err, v));
util.callbackify(async () => { throw 0; })((e) => console.log(e.code, e.message, e.reason));
