// querystring over generated inputs: parse with custom sep/eq, maxKeys and decoders (incl. ones
// that throw or return non-strings, and a replaced querystring.unescape/unescapeBuffer),
// escape/unescape/unescapeBuffer over every ASCII char, multi-byte text and lone surrogates,
// stringify with odd values, separators, getters and proxies.
'use strict';
const qs = require('querystring');
const show = (v) => JSON.stringify(v);
const attempt = (label, f) => {
  try { console.log(label, show(f())); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); }
};
const pieces = ['a', 'b', '', '=', '&', '+', '%', '%2', '%20', '%2B', '%zz', '%E9', '%C3%A9', 'é', '😀', '\uD800', '\uDC00x',
  '%F0%9F%98%80', '%ED%A0%80', '%C0%80', '%FF', '%e9%', '1', '01', '__proto__', 'constructor', 'toString', '\u0000', ' ', ';', ':', '%%'];
const inputs = [];
for (let i = 0; i < pieces.length; i++) {
  for (let j = 0; j < pieces.length; j += 3) inputs.push(`${pieces[i]}=${pieces[j]}&${pieces[j]}${pieces[i]}`);
  inputs.push(pieces[i], `${pieces[i]}&${pieces[i]}`, `k=${pieces[i]}&k=${pieces[i]}&k`, `${pieces[i]}${pieces[(i + 1) % pieces.length]}=${pieces[(i + 5) % pieces.length]}`);
}
inputs.push('a=1&a=2&a=3&b=1&a=4', '&&a=1&&', '=&=&=', 'a==b==c', 'a=b;c=d&e=f', '1=a&0=b&01=c&-1=d&1=e', 'a[b]=c&a[]=d');
const opts = [[], [';'], ['&&'], ['ab', 'b'], [',,', '=>'], [null, ':'], ['&', '=='], [1, 2], ['%', '+']];
for (const s of inputs) {
  const r = qs.parse(s);
  console.log(show(s), show(r), Object.keys(r).filter((k) => Array.isArray(r[k])).length);
}
for (const [sep, eq] of opts) {
  for (let i = 0; i < inputs.length; i += 7) console.log('sep', show([sep, eq, inputs[i]]), show(qs.parse(inputs[i], sep, eq)));
  for (const s of ['a=>1,,b=>2,,,c', 'a:1;b:2;;c', 'xaby&&zab', '1%2%3+4']) console.log('sep', show([sep, eq, s]), show(qs.parse(s, sep, eq)));
}
const many = Array.from({ length: 1205 }, (_, i) => (i % 7 === 0 ? '' : `k${i % 600}=${i}`)).join('&');
for (const maxKeys of [undefined, 0, -5, 1, 3, 10, 999, 1000, 1001, 5000, NaN, Infinity, -Infinity, '3', null, 2.5, true]) {
  const r = qs.parse(many, null, null, { maxKeys });
  const keys = Object.keys(r);
  console.log('maxKeys', String(maxKeys), keys.length, show(keys.slice(-2)), show(r[keys[keys.length - 1]]));
}
console.log(show(qs.parse('&&&&a=1&b=2', null, null, { maxKeys: 3 })), show(qs.parse('a&&b', null, null, { maxKeys: 2 })));

// Decoders: custom functions see every non-empty piece, '+' arrives as %20; a throwing decoder
// falls back to querystring.unescape(s, true); non-string results are stored as they are.
const seen = [];
const decoders = [
  (s) => { seen.push(s); return s; },
  (s) => s.toUpperCase(),
  (s) => { if (s.includes('%')) throw new Error('no'); return `<${s}>`; },
  (s) => s.length,
  (s) => (s === 'k' ? 'k' : undefined),
  (s) => (s.startsWith('v') ? ['arr', s] : s),
  (s) => (s === 'k' ? 'k' : null),
  decodeURIComponent,
  qs.unescape,
];
for (const d of decoders) {
  seen.length = 0;
  attempt('decoder', () => [qs.parse('k=v1&k=v2&k=v3&x+y=%41+b&e=&=f&%zz=%E9', null, null, { decodeURIComponent: d }), seen]);
}
const origUnescape = qs.unescape;
qs.unescape = (s, spaces) => `[${s}|${spaces}]`;
attempt('replaced unescape', () => qs.parse('a=b&c%41=d+e&f'));
attempt('replaced unescape throwing decoder', () => qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
qs.unescape = origUnescape;
const origBuf = qs.unescapeBuffer;
qs.unescapeBuffer = (s, spaces) => Buffer.from(`{${s}|${spaces}}`);
attempt('replaced unescapeBuffer', () => [qs.parse('a=%zz&b=%41&c=%E9'), qs.unescape('%E9+'), qs.unescape('%41+')]);
qs.unescapeBuffer = origBuf;

// escape/unescape/unescapeBuffer code unit by code unit.
const all = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).join('');
console.log(show(qs.escape(all)), show(qs.unescape(qs.escape(all)) === all));
const texts = ['é', 'ÿ', 'Ā', '߿', 'ࠀ', '\uFFFF', '😀', 'a\uD83D\uDE00b', '\uD800\uD800', '\uDC00\uD800', '\uDBFF\uDFFF', 'x\uDC00y', 'a b+c',
  '%', '%%', '%4', '%41', '%4g', '%g4', '%E9', '%C3%A9', '%C3', '%C3%', '%C3%2', '%F0%9F%98', '%F0%9F%98%80', '%ED%A0%80', '%C0%AF',
  '%F8%88%80%80%80', '%EF%BB%BF', '%80', '%C3%A9%C3', 'é%E9', '\uD800%41', '%%41%', '+%2B+', '%2b%2B', '\u0100%41', '\u00FF%FF'];
for (const t of texts) {
  attempt(`escape ${show(t)}`, () => qs.escape(t));
  console.log(' unescape', show([qs.unescape(t), qs.unescape(t, true), qs.unescapeBuffer(t).toString('hex'), qs.unescapeBuffer(t, true).toString('hex'), qs.unescapeBuffer(t).length]));
}
for (const v of [1, -0, 1e21, 2n, true, null, undefined, { toString() { return 'o b'; } }, [1, 'a b'], new String('s t')]) attempt(`escape ${typeof v}`, () => qs.escape(v));
attempt('escape symbol', () => qs.escape(Symbol('s')));
attempt('escape lone end', () => qs.escape('ab\uD800'));
attempt('escape lone low end', () => qs.escape('\uDC00'));

// stringify: values, separators (converted as `fields += sep` does), getters and proxies.
const objs = [
  { a: 1, b: [1, 2, 3], c: '', d: [], e: [''], f: ['x', ['y']], g: { h: 1 } },
  { 10: 'ten', 2: 'two', a: 'A', '-1': 'neg', 1.5: 'f' },
  { n: -0, m: 0.1 + 0.2, big: 123456789012345678901234567890, tiny: 5e-324, neg: -1e21, nan: NaN, bi: -12345678901234567890n },
  { s: 'é😀 \uD800x', 'k&=': 'v&=', '\uDBFF\uDFFF': '\uDBFF\uDFFF' },
  { arr: [true, false, null, undefined, 1n, Symbol('q'), () => 1, 'z'] },
  { sparse: [1, , 3] }, { t: new Uint8Array([1, 2]) }, { d: new Date(0) },
];
for (const o of objs) {
  for (const [sep, eq] of [[], [';', ':'], ['', ''], [0, 0], [5, 6], [{ toString() { return 'S'; } }, { valueOf() { return 7; }, toString() { return 'E'; } }]]) {
    attempt(`stringify ${show([sep, eq])}`, () => qs.stringify(o, sep, eq));
  }
}
const reads = [];
const getterObj = { get a() { reads.push('a'); return 'x'; }, get b() { reads.push('b'); return ['y', 'z']; } };
const arrProxy = new Proxy(['p', 'q'], { get(t, k) { if (typeof k === 'string') reads.push(`arr.${k}`); return t[k]; } });
attempt('stringify getters', () => [qs.stringify(getterObj), qs.stringify({ pa: arrProxy }), reads]);
attempt('stringify proxy obj', () => qs.stringify(new Proxy({ x: 1, y: 2 }, { ownKeys: () => ['y', 'x'], getOwnPropertyDescriptor: (t, k) => ({ value: t[k], enumerable: true, configurable: true }) })));
attempt('stringify non-enumerable', () => qs.stringify(Object.defineProperty({ v: 1 }, 'hidden', { value: 2, enumerable: false })));
attempt('stringify symbol keys', () => qs.stringify({ [Symbol('s')]: 1, k: 2 }));
attempt('stringify custom encoder values', () => qs.stringify({ a: [1, 2], b: 'x' }, '&', '=', { encodeURIComponent: (s) => s.length }));
attempt('stringify custom encoder number', () => qs.stringify({ a: 'b' }, 5, 6, { encodeURIComponent: (s) => 1 }));
attempt('stringify throws', () => qs.stringify({ get a() { throw new Error('getter'); } }));
for (const v of [null, undefined, 'str', 5, true, [1, 2], () => 1, Object.create(null)]) attempt(`stringify ${typeof v}`, () => qs.stringify(v));
