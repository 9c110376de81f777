// querystring.parse/decode over tricky inputs: separators, maxKeys, '+', malformed escapes.
const qs = require('querystring');
const show = (v) => JSON.stringify(v);
const inputs = [
  '', 'foo=bar', 'foo=bar&foo=quux', 'foo=1&bar=2', 'my+weird+field=q1%212%22%27w%245%267%2Fz8%29%3F',
  'foo%3Dbaz=bar', 'foo=baz=bar', 'str=foo&arr=1&arr=2&arr=3&somenull=&undef=', ' foo = bar ',
  'foo=%zx', 'foo=%EF%BF%BD', 'a&b', 'a=&b=', '&&&', '&a', 'a&', '=', '==', '=a', 'a==b', '%', '%%', '%2', '%zz%41',
  'a=%E9', 'b=%C3%A9%', '%E9%=x', 'a+b=c+d', '+=+', 'a=1&&b=2', 'a=b&a=c&a=d', '__proto__=1', 'hasOwnProperty=x&toString=y',
  'constructor=1&constructor=2', 'a[]=1&a[]=2', 'a=%F0%9F%98%80', 'a=%ED%A0%80', 'a=%C0%80', 'a=%F4%90%80%80', 'a=%E2%82',
  'é=ü&ü=%C3%BC', '%41%42=%43', 'a%2=b', 'a=%2+', 'a%=%', 'k=v;k2=v2', 'a=1;b=2&c=3', '\u0000=\u0000',
  'x=%7e%7E%aa', 'a=b=c=d', 'a=%a', 'a=%ag', 'a=%%41', 'a=%20%', '%a=1', '%=1',
];
for (const s of inputs) console.log(show(s), show(qs.parse(s)), Object.getPrototypeOf(qs.parse(s)));
const seps = [['a:1;b:2', ';', ':'], ['a=>1,,b=>2', ',,', '=>'], ['a=>1,,,b=>2', ',,', '=>'], ['a=1&&&b=2', '&&'],
  ['a==1&b===2', null, '=='], ['a=1&b=2', '', ''], ['a=1&b=2', 0, 0], ['a1b2c3', 1, 2], ['a:b:c', null, ':'],
  ['foo=bar&&baz', '&&'], ['xaybxcyd', 'x', 'y'], ['a+b=c', '+'], ['a%3D1%26b=2', '%26', '%3D'], ['abab', 'ab', 'b'],
  ['a=1aa&b=2', 'aa'], ['a<>b=c<>d', '<>'], ['a=b&c', '&', '='], ['a--b--c', '--', '-'], ['a---b', '--', '-']];
for (const [s, sep, eq] of seps) console.log(show([s, sep, eq]), show(qs.parse(s, sep, eq)));
const many = Array.from({ length: 1100 }, (_, i) => `k${i}=${i}`).join('&');
for (const maxKeys of [undefined, 0, -1, 1, 2, 5, 1000, NaN, Infinity, '3', 1.5]) {
  const r = qs.parse(many, null, null, { maxKeys });
  console.log('maxKeys', String(maxKeys), Object.keys(r).length);
}
console.log(show(qs.parse('a&b&&c', null, null, { maxKeys: 2 })), show(qs.parse('&&&a=1', null, null, { maxKeys: 2 })));
const dec = (s) => s.toUpperCase();
console.log(show(qs.parse('a=b&c+d=e%20f', null, null, { decodeURIComponent: dec })));
console.log(show(qs.parse('a=%zz&b=%41', null, null, { decodeURIComponent: (s) => { if (s.includes('%z')) throw new Error('x'); return `<${s}>`; } })));
console.log(show(qs.parse('a=1', null, null, { decodeURIComponent: 'nope' })));
console.log(show(qs.decode === qs.parse), show(qs.encode === qs.stringify));
for (const v of [undefined, null, 1, {}, [], true]) console.log(show(qs.parse(v)));
// unescape and a user replacement of it
for (const s of ['a%20b', 'a+b', '%E9', 'é%', '%E9%', '%zz%41', '%', '%4', '%41%', '\u00ff%ff', '\u0100%', 'a%F0%9F%98%80b', '%f0%9f%98', '\ud83d\ude00%'])
  console.log(show(s), show(qs.unescape(s)), show(qs.unescape(s, true)));
const orig = qs.unescape;
qs.unescape = (s) => `[${s}]`;
console.log(show(qs.parse('a=b&c%20=d+e&f')));
qs.unescape = orig;
console.log(show(Object.keys(qs)));
