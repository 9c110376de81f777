const cases = [
  ['a,b,,c', /,/], ['a1b22c333', /\d+/], ['abc', /(?:)/], ['abc', /(?:)/u], ['a-b_c', /([-_])/], ['a-b_c', /(-)|(_)/],
  ['', /,/], ['', /(?:)/], ['test', /t/], ['xaxbx', /x*/], ['x😀y😀', /(?:)/u], ['x😀y😀', /(?:)/], ['a\r\nb\nc', /\r?\n/],
  ['one  two three', /\s+/, 2], ['a,b,c', /,/, 0], ['a,b,c', /(,)/, 2], ['AbcAbc', /b/i], ['ab', /(?<=a)/], ['aXbXc', /x/gi],
  ['a\nb', /^/m], ['foo', /$/], ['12-34', /(\d)(?=-)/], ['abcabc', /(?<n>b)/],
];
for (const [s, re, lim] of cases) console.log(JSON.stringify(s), String(re), lim, JSON.stringify(s.split(re, lim)));
console.log(JSON.stringify([RegExp.$1, RegExp.lastMatch, RegExp.leftContext]));
class R extends RegExp { exec(s) { const r = super.exec(s); return r; } }
console.log(JSON.stringify('a,b'.split(new R(','))));
const re = /,/; re.exec = function (s) { return null; }; console.log(JSON.stringify('a,b'.split(re)));
// Limits that fall on a piece or inside a match's captures.
for (const lim of [undefined, 0, 1, 2, 3, 4, 5, 6, 7])
  console.log(lim, JSON.stringify(['a1b2c3d', 'x', '', '12'].map((s) => s.split(/(\d)(z)?/, lim))));
console.log(JSON.stringify('aaa'.split(/a*?/, 2)), RegExp.$1, RegExp.lastMatch);
