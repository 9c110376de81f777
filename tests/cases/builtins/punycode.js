// punycode (node's bundled punycode.js 2.1.0): encode/decode/toASCII/toUnicode/ucs2 and errors.
const punycode = require('punycode');
const show = (v) => JSON.stringify(v);
const t = (f, ...a) => { try { return show(f(...a)); } catch (e) { return `${e.name}: ${e.message}`; } };
console.log(punycode.version, Object.keys(punycode), Object.keys(punycode.ucs2));
const words = ['', 'a', 'abc', 'ü', 'mañana', 'München', 'bücher', '☃', '☃-⌘', 'ليهمابتكلموشعربي؟', '他们为什么不说中文',
  'Pročprostěnemluvíčesky', 'למההםפשוטלאמדבריםעברית', 'почемужеонинеговорятпорусски', 'PorquénopuedensimplementehablarenEspañol',
  '3年B組金八先生', '安室奈美恵-with-SUPER-MONKEYS', 'Hello-Another-Way-それぞれの場所', 'ひとつ屋根の下2', 'MajiでKoiする5秒前',
  'パフィーdeルンバ', 'そのスピードで', '-> $1.00 <-', '\ud83d\ude00', 'a\ud800b', '\udc00', 'ß', 'ÄÖÜ', 'x-y-z', '---'];
for (const w of words) {
  const enc = t(punycode.encode, w);
  console.log(show(w), enc, t(punycode.decode, JSON.parse(enc.startsWith('"') ? enc : '""')));
}
for (const d of ['', 'maana-pta', 'bcher-kva', 'n3h', 'ls8h', 'tda', '-', 'a-', '-a', 'zz', '99999999', '\u00e9-a', 'ab-\u00e9',
  'egbpdaj6bu4bxfgehfvwxn', 'abc!', 'a-!', 'a-b-c-zzz', 'ZCA', 'xn--tda', '9', 'a-9', '!!!', 'a-0']) console.log(show(d), t(punycode.decode, d));
for (const d of ['mañana.com', 'ｍａñana．com', 'example.com', 'a\u3002b\uff0ec\uff61d', 'джумла@джpумлатест.bрфa', 'a@b@ü', '', '.', 'ü..ü.', 'xn--ü.com', 'ÜBER.de', '\ud83d\ude00.la'])
  console.log(show(d), t(punycode.toASCII, d));
for (const d of ['xn--maana-pta.com', 'XN--MAANA-PTA.com', 'example.com', 'джумла@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq', 'xn--.x', 'xn--a.com', 'xn--zz-.b', 'a@b@xn--tda', 'xn--ls8h.la', 'xn--!'])
  console.log(show(d), t(punycode.toUnicode, d));
for (const s of ['', 'abc', '\ud83d\ude00', '\ud800', '\udc00\ud800', 'a\ud800\ud800\udc00'])
  console.log(show(s), show(punycode.ucs2.decode(s)), show(punycode.ucs2.encode(punycode.ucs2.decode(s))));
console.log(t(punycode.ucs2.encode, [0x1F600, 65, 0xD800]), t(punycode.ucs2.encode, [0x110000]), t(punycode.ucs2.encode, [-1]));
console.log(t(punycode.encode, 5), t(punycode.toASCII, 'a.b'));
