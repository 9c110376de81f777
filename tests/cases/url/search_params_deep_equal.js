// URLSearchParams keep their state out of sight as node's private fields do: no enumerable own
// keys, so deep equality of two instances looks at no state (node 20 says true).
const util = require('util');
const a = new URLSearchParams('a=1');
const b = new URLSearchParams('b=2');
console.log(util.isDeepStrictEqual(a, b), Object.keys(a), Object.getOwnPropertySymbols(a).filter((s) => Object.getOwnPropertyDescriptor(a, s).enumerable));
const u = new URL('http://x/?q=1');
u.searchParams.append('r', '2');
console.log(u.href, a.toString(), [...new URLSearchParams(a)].join(';'));
