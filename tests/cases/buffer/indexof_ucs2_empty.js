// Buffer indexOf/lastIndexOf/includes as node's native search: empty needles start where node's
// IndexOfOffset says (also before the start), ucs2 searches whole 16-bit units only, offsets of all kinds.
const b = Buffer.from('abcdef');
const r = [];
const offs = [undefined, 0, 1, 2, -1, -3, -4, -5, -6, -7, NaN, Infinity, -Infinity, 6, 7, {}, null, [], [2], '2', 'x', 1.5, true];
for (const needle of ['a', 'bc', 'f', 'z', '', Buffer.from('a'), Buffer.from('bc'), Buffer.from(''), 0x61, 0x0, 0x161, -159, new Uint8Array([99, 100])]) {
  for (const o of offs) { try { r.push(b.indexOf(needle, o), b.lastIndexOf(needle, o), b.includes(needle, o)); } catch (e) { r.push(e.code); } }
}
console.log(r.join());
const t = (f) => { try { console.log(f()); } catch (e) { console.log('throw', e.code, e.message); } };
t(() => Buffer.from('ff').indexOf(Buffer.from('f'), 1, 'ucs2')); t(() => b.indexOf('b', 'UTF8')); t(() => b.indexOf('62', 'HEX')); t(() => b.indexOf('bad', 'enc'));
t(() => Buffer.from(b.toString('base64'), 'base64').indexOf('ZA==', 0, 'base64')); t(() => Buffer.from(b.toString('base64url'), 'base64url').indexOf('ZA==', 0, 'base64url'));
t(() => Buffer.from('aa\u00e8aa', 'latin1').indexOf('\u00e8', 'latin1')); t(() => Buffer.from('aaaa0').indexOf('30', 'hex')); t(() => Buffer.from('aaaa00a').indexOf('3030', 'hex'));
const tw = Buffer.from('\u039a\u0391\u03a3\u03a3\u0395', 'ucs2');
t(() => [tw.indexOf('\u0395', 4, 'ucs2'), tw.indexOf('\u03a3', -4, 'ucs2'), tw.indexOf('\u03a3', -6, 'ucs2'), tw.indexOf('\u03a3', -2, 'ucs2'), tw.lastIndexOf('\u03a3', undefined, 'ucs2'), tw.lastIndexOf('\u03a3', 5, 'ucs2'), tw.indexOf('\u03a3', 5, 'ucs2')].join());
const mixed = Buffer.from('\u039a\u0391abc\u03a3\u03a3\u0395', 'ucs2'); t(() => [mixed.indexOf('bc', 0, 'ucs2'), mixed.indexOf('\u03a3', 0, 'ucs2'), mixed.indexOf('\u0396', 0, 'ucs2'), mixed.indexOf('b', 'ucs2'), mixed.lastIndexOf('b', 'ucs2')].join());
t(() => [Buffer.from('aaaa').indexOf('aaaa', 'ucs2'), Buffer.from('aaaa').indexOf('你好', 'ucs2'), Buffer.from('aaaaa').indexOf('b', 'ucs2'), Buffer.from('a\0b\0').indexOf('b', 1, 'ucs2'), Buffer.from('xa\0b\0').indexOf('ab', 'ucs2'), Buffer.from('xa\0b\0').lastIndexOf('ab', 'ucs2')].join());
let longString = 'A'; for (let i = 66; i < 76; i++) longString = longString + String.fromCharCode(i) + longString;
const lb = Buffer.from(longString); t(() => [lb.indexOf('AJABACA'), lb.indexOf('AJABACA', 511), lb.indexOf('JABACABADABACABA', 512), lb.lastIndexOf('AJABACA'), lb.lastIndexOf('JABACABADABACABA', 1000)].join());
t(() => Buffer.from('arglebargle').indexOf('\x2061')); for (const v of [() => {}, {}, []]) t(() => b.indexOf(v));
t(() => b.lastIndexOf('b', [2])); t(() => b.lastIndexOf('', -1)); t(() => b.lastIndexOf('', 100)); t(() => b.lastIndexOf(Buffer.from(''), -7));
const big = Buffer.from('\u00e9'.repeat(5) + 'x'); t(() => [big.indexOf('x'), big.indexOf('\u00e9', 3), big.lastIndexOf('\u00e9'), big.indexOf('\u00e9', -3, 'latin1'), big.includes('é', 10)].join());
{
const B=(s)=>Buffer.from(s,'latin1');
console.log(B('aaaaa').indexOf('b','ucs2'), B('aaaaa').indexOf(B('b\0'),'ucs2'), B('aaaaa').lastIndexOf('b','ucs2'), B('aaaaa').lastIndexOf(B('b\0'),'ucs2'), B('aaa').indexOf('b',0,'ucs2'), B('aaa').indexOf(B('b\0'),0,'ucs2'));
console.log(B('a\0b\0c').lastIndexOf('c', undefined, 'ucs2'), B('a\0b\0c\0').lastIndexOf(B('b\0'), 3, 'ucs2'), B('a\0b\0c\0').lastIndexOf('b', 2, 'ucs2'), B('a\0b\0c\0').lastIndexOf('b', 1, 'ucs2'), B('a\0b\0c\0').indexOf('c', -1, 'ucs2'), B('a\0b\0c\0').indexOf('c', -2, 'ucs2'), B('a\0b\0c\0').lastIndexOf('c', -1, 'ucs2'), B('a\0b\0c\0').lastIndexOf('a', 100, 'ucs2'));
console.log(B('a\0b\0c\0').indexOf(B('b'), 0, 'ucs2'), B('a\0b\0c\0').indexOf('', 3, 'ucs2'), B('a\0b\0c\0').lastIndexOf('', 3, 'ucs2'), B('a\0b\0c\0').indexOf(B(''), 9, 'ucs2'), B('a\0b\0c\0').indexOf('b\0c', 0, 'ucs2'), B('a\0').indexOf('a', 0, 'ucs2'), B('a').indexOf('a', 'ucs2'));
console.log(B('abcdef').lastIndexOf('', -7), B('abcdef').lastIndexOf('', -Infinity), B('abcdef').indexOf('', -7), B('abcdef').lastIndexOf(B(''), 100), B('abcdef').indexOf(B(''), 100), B('').indexOf(''), B('').lastIndexOf(''), B('').indexOf('a'), B('').lastIndexOf('', -1));
const x = B('xa\0a\0a\0b\0a\0'); const r = []; for (let o = -12; o <= 12; o++) r.push(x.indexOf('a', o, 'ucs2'), x.lastIndexOf('a', o, 'ucs2'), x.indexOf('a\0', o, 'ucs2'), x.lastIndexOf(B('a\0'), o, 'ucs2'), x.includes('b', o, 'utf16le'), x.indexOf('', o, 'ucs2'), x.lastIndexOf(B(''), o)); console.log(r.join());
console.log(B('a\0b\0').indexOf('b', 1.7, 'ucs2'), B('a\0b\0').indexOf('b', -1.5, 'ucs2'), B('abc').indexOf('', 1.9), B('abc').lastIndexOf('', -1.9));
}
