// assert.ok/assert with no message: node re-parses the call's line with acorn as one expression from
// each token up to the call; a call followed by a comma and a closing bracket on the next line
// (a table of arrow functions) parses from none, and node falls back to "<actual> == true"
// (rjs printed the call's text). t8's finding t8-assert-ok-trailing-comma.md.
const assert = require('assert');
const arr = [
  () => assert.ok(false),
];
try { arr[0](); } catch (e) { console.log(e.message); }
const arr2 = [() => assert.ok(null)];
try { arr2[0](); } catch (e) { console.log(e.message); }
const arr3 = [() => assert.ok(0),
];
try { arr3[0](); } catch (e) { console.log(e.message); }
const obj = {
  f: () => assert.ok(''), // trailing
};
try { obj.f(); } catch (e) { console.log(e.message); }
function g() {
  return assert.ok(false), 1;
}
try { g(); } catch (e) { console.log(e.message); }
try { assert.ok(false) } catch (e) { console.log(e.message); }
call(
  () => assert(undefined),
);
function call(f) { try { f(); } catch (e) { console.log(e.message); } }
