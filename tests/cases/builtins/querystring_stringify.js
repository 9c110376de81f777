// querystring.stringify/encode/escape: arrays, non-string values, custom encoders, surrogates.
const qs = require('querystring');
const show = (v) => JSON.stringify(v);
const objs = [
  { foo: 'bar', baz: ['qux', 'quux'], corge: '' }, { foo: 'bar', baz: 'qux' }, { a: [] , b: 1}, { a: [1, 2, [3]], b: {} },
  { n: 1, f: 1.5, neg: -0, nan: NaN, inf: Infinity, big: 1e21, big2: -1e25, small: 1e-7, bi: 10n, t: true, f2: false },
  { u: undefined, nl: null, sym: Symbol('x'), fn() {}, o: { a: 1 }, d: new Date(0) }, { 'a b': 'c d', 'é': '☃', '\ud83d\ude00': 'x' },
  { "-_.!~*'()": "-_.!~*'()", '#$&+,/:;=?@[]': '#$&+,/:;=?@[]' }, { '': '' }, { '': ['', ''] }, Object.assign(Object.create({ inh: 1 }), { own: 2 }),
  [1, 2, 3], 'string', 42, null, undefined, { x: '\u0080\u07ff\u0800\uffff' }, { a: ['\ud800a'] }, { '\udc00b': 1 },
];
for (const o of objs) {
  try { console.log(show(qs.stringify(o)), show(qs.stringify(o, ';', ':')), show(qs.encode(o, '', ''))); } catch (e) { console.log('err', e.name, e.code, e.message); }
}
console.log(qs.stringify({ w: '中文', foo: 'bar' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
console.log(qs.stringify({ a: 1, b: true, c: null, d: ['x', 2], e: 1e21 }, null, null, { encodeURIComponent: (s) => `<${s}>` }));
console.log(qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: 5 }));
for (const e of ['\ud800', 'a\udc00', 'ok\ud800']) {
  try { console.log(qs.stringify({ a: e })); } catch (err) { console.log(err.name, err.code, err.message, err instanceof URIError); }
}
for (const v of ['a b', 'é', 1, true, null, undefined, {}, [1, 2], 1e21, Symbol.iterator === 1, '\ud83d\ude00', '\ud800x', '~*!', ''])
  console.log(show(qs.escape(v)));
const orig = qs.escape;
qs.escape = (s) => `{${s}}`;
console.log(qs.stringify({ a: 'b', c: 1, d: '', e: null }));
qs.escape = orig;
