// assert.ok's generated message quotes the call's source: found from the frame of assert's own
// `ok`, even when the caller is itself a function named `ok` (or `equal`), and whatever
// Error.stackTraceLimit is (node captures the call site with a limit of 1), and when the
// caller's name holds parentheses (its frame reads `at Object.assert() works (file:l:c)`).
const assert = require('assert');
const show = (fn) => { try { fn(); } catch (e) { console.log(JSON.stringify(e.message), e.generatedMessage); } };
const checks = {
  ok: () => { assert(null === 1); },
  equal() { assert.ok([].length); },
  strictEqual: function () { assert.strictEqual(1, 2); },
  'assert() works': () => { const user = { active: false }; assert(user.active); },
  'a (b) c': () => { assert.ok(''); },
};
for (const k of Object.keys(checks)) show(checks[k]);
function ok(v) { assert(v); }
show(() => ok(0));
Error.stackTraceLimit = 0;
show(() => { assert(typeof 1 === 'string'); });
Error.stackTraceLimit = 10;
