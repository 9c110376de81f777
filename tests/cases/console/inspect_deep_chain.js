// Values nested deeper than the native formatter goes (200 levels) are formatted as node does,
// with their shallow parts natively: a 400-deep linked list, arrays and Maps 300 deep.
const util = require('util');
const crypto = require('crypto');
const digest = (s) => `${s.length} ${crypto.createHash('md5').update(s).digest('hex')}`;
let list = null;
for (let i = 0; i < 400; i++) list = { value: i, next: list, side: { a: [i] } };
const text = util.inspect(list, { depth: null });
console.log(digest(text));
console.log(text.split('\n').slice(-3).join('|'));
let arr = [];
for (let i = 0; i < 300; i++) arr = [i, arr, 'x'];
console.log(digest(util.inspect({ wrap: [arr] }, { depth: Infinity, breakLength: 120 })));
let map = new Map();
for (let i = 0; i < 300; i++) map = new Map([[i, map]]);
console.log(digest(util.inspect(map, { depth: null, compact: 1 })));
