'use strict';
// assert.ok's generated message writes control characters in the call's text as node escapes
// them (\b, \f, \u00xx); tabs stay.
const assert = require('assert');
const run = (f) => { try { f(); } catch (e) { console.log(JSON.stringify(e.message)); } };
run(() => assert.ok('[31m' === ''));
run(() => assert.ok('	' === ''));
