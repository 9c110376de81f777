'use strict';
const assert = require('assert');
const { strict } = assert;
const x = 1;
const run = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.generatedMessage, e.operator, util.inspect(e.actual), JSON.stringify(e.message)); } };
const util = require('util');
run(() => assert(x === 2));
run(() => assert.ok(typeof x === 'string'));
run(() => assert.ok(null));
run(() => assert(0, undefined));
run(() => strict.ok(''));
run(() => strict(NaN));
run(() => assert.ok(
  x > 5 &&
    x < 10,
));
run(() => assert.ok([].length, 'custom'));
run(() => assert.ok(false, new TypeError('own')));
run(() => assert());
run(() => assert.ok(1));
run(() => assert.equal(x, 2));
// A member chain continued on the next line shows from its first name on the failing line.
run(() => {
  assert
    .ok(null, undefined);
});
run(() => {
  assert.strict
    .ok(0);
});
// Regular expression literals with brackets, strings, templates and comments in the call.
run(() => assert.ok(/\)/.test('x')));
run(() => assert.ok(/[/)]+/g.test('a') && x / 2 > 1));
run(() => assert.ok(`${')'}` === '(' /* ) */));
// Spaces around the member dots stay in the quoted call; calls through apply/Reflect quote those.
run(() => assert   .   ok   (0));
run(() => assert . strict . ok(''));
run(() => Reflect.apply(assert.ok, null, [0]));
run(() => assert.ok.apply(null, [0]));
run(() => [0].forEach(assert));
run(() => { const y = 0; return void assert.ok(y); });
