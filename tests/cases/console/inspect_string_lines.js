// Long strings are split after each newline into `'line\n' +` pieces, also on inspect.js's
// path (a custom stylize, getters, custom inspect functions nearby), where a 9000-character
// string must not take seconds.
'use strict';
const util = require('util');
const plain = (x) => x;
for (const s of ['', 'a', 'a\n', '\n', '\n\n', 'ab\ncd', 'ab\ncd\n', `${'x'.repeat(30)}\n${'y'.repeat(30)}\n\n${'z'.repeat(20)}`, 'line1\nline2\nline3 '.repeat(5)]) {
  console.log(util.inspect(s, { stylize: plain, breakLength: 10 }));
  console.log(util.inspect({ k: s, c: { [util.inspect.custom]: () => 'C' } }, { breakLength: 10 }));
}
const big = `${'x'.repeat(9000)}\nend`;
const out = util.inspect({ big, c: { [util.inspect.custom]: () => 'C' } });
console.log(out.length, out.slice(-30));
