'use strict';
// showHidden lists an error's stack as the string it is (a data property in V8), not as an
// accessor.
const util = require('util');
const e = new RangeError('hidden');
e.stack = 'RangeError: hidden\n    at somewhere (file.js:1:2)';
console.log(util.inspect(e, { showHidden: true }));
const plain = new Error('plain');
plain.stack = 'custom stack text';
console.log(util.inspect(plain, { showHidden: true }));
console.log(util.inspect({ nested: plain }, { showHidden: true, compact: false }));
// A fresh error (its stack never assigned).
const fresh = new TypeError('fresh');
const shown = util.inspect(fresh, { showHidden: true }).split('\n');
console.log(shown.filter((l) => l.includes('[stack]') || l.includes('[message]')).map((l) => l.replace(/\(.*\)/, '(...)')).join('\n'));
