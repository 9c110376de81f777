// The extra keys util.inspect lists after array-like elements (node's getOwnNonIndexProperties):
// strings that are not array indices ('4294967295' and '01' are not), then symbols, with or
// without the non-enumerable ones (showHidden), for arrays, typed arrays, String objects and
// arguments; large arrays list their extra keys without per-element work.
'use strict';
const util = require('util');
const a = [1, 2, 3];
a.x = 1;
a['4294967295'] = 2;
a['01'] = 3;
a[Symbol('s')] = 4;
Object.defineProperty(a, 'hid', { value: 5 });
Object.defineProperty(a, Symbol('hs'), { value: 6 });
console.log(util.inspect(a, { showHidden: true }));
console.log(util.inspect(a, { stylize: (s) => s }));
const u = Object.assign(new Uint8Array(3), { k: 1 });
Object.defineProperty(u, 'h', { value: 2 });
console.log(util.inspect(u, { showHidden: true }));
const s = Object.assign(new String('ab'), { z: 1 });
console.log(util.inspect(s, { showHidden: true }), util.inspect(s, { stylize: (x) => x }));
const args = (function() { 'use strict'; return arguments; })(1, 2);
args.extra = 1;
console.log(util.inspect(args, { showHidden: true, depth: 0 }));
const big = new Array(200000).fill(0);
big.tail = 'end';
const out = util.inspect(big, { showHidden: true });
console.log(out.length, out.slice(-60));
const bigTyped = Object.assign(new Uint16Array(100000), { tag: 1 });
console.log(util.inspect(bigTyped, { showHidden: true, maxArrayLength: 2 }));
