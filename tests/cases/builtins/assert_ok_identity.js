// assert is assert.ok itself (name 'ok', length 0), strict is its own function; failing ok calls
// report the generated source-text message, custom messages and Error messages as node does.
const assert = require('assert'); const strict = require('assert/strict');
function t(f) { try { f(); console.log('no throw'); } catch (e) { console.log(e.message, e.generatedMessage, e.actual, e.expected, e.operator); } }
t(() => assert.ok(0)); t(() => assert(false)); t(() => assert()); t(() => assert.ok()); t(() => assert(null, 'msg')); t(() => assert.ok('', new TypeError('te')));
t(() => strict(0)); t(() => strict.ok(undefined, 'm')); t(() => assert(1 > 2,
  'multi'));
t(() => assert.ok(typeof 1 ===
  'string'));
console.log(assert.length, assert.ok.length, strict.length, strict.ok.length, assert.ok.name, assert.name, strict.name, strict.strict === strict, assert.strict === strict);
{ const a = require("assert"); console.log(a.ok === a, a.strict.ok === a.strict, a.strict.ok === a.ok, Object.keys(a).length, Object.keys(a.strict).length) }
