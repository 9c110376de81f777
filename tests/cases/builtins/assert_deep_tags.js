'use strict';
// Deep equality's type checks as node's: an '[object Object]' compares by keys whatever its
// prototype; a borrowed Symbol.toStringTag on the left does not match a real Date/Map/...; a
// proxy of a Map or an object made from Map.prototype is not a Map.
const assert = require('assert');
const util = require('util');
const loose = (a, b) => { try { assert.deepEqual(a, b); return 'equal'; } catch (e) { return e.code === 'ERR_ASSERTION' ? 'unequal' : e.message; } };
const strict = (a, b) => { try { return util.isDeepStrictEqual(a, b) ? 'equal' : 'unequal'; } catch (e) { return e.message; } };
const pairs = [
  ['Object.create(Error.prototype) vs {}', Object.create(Error.prototype), {}],
  ['Object.create(Date.prototype) vs {}', Object.create(Date.prototype), {}],
  ['fake Date tag vs Date', { [Symbol.toStringTag]: 'Date' }, new Date(0)],
  ['Date vs fake Date tag', new Date(0), { [Symbol.toStringTag]: 'Date' }],
  ['fake Map tag vs Map', { [Symbol.toStringTag]: 'Map' }, new Map()],
  ['Map vs proxy of Map', new Map([[1, 2]]), new Proxy(new Map([[1, 2]]), {})],
  ['Map vs Object.create(Map.prototype)', new Map(), Object.create(Map.prototype)],
  ['Set vs Object.create(Set.prototype)', new Set(), Object.create(Set.prototype)],
  ['Map tagged Object vs {}', Object.defineProperty(new Map([[1, 2]]), Symbol.toStringTag, { value: 'Object' }), {}],
];
for (const [label, a, b] of pairs) console.log(label, '|', loose(a, b), strict(a, b));
