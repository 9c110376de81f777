// Encoding round trips and node's lenient decoders, over many inputs.
const encs = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex'];
const strings = ['', 'a', 'hello', 'héllo', '€uro', '\u{1F600}x', '\ud800', 'a\udc00b', '\u00ff\u0100', 'YWJj', 'YQ==YQ==', ' Y Q = =', 'a-_b', 'a+/b', '%%YWJj', 'abz1', '0g12', '12 34', '1234x', 'zz', '\0\x7f\x80'];
for (const e of encs) {
  for (const s of strings) {
    const b = Buffer.from(s, e);
    console.log(e, JSON.stringify(s), b.toString('hex'), Buffer.byteLength(s, e), JSON.stringify(b.toString(e)));
  }
}
const bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xc0, 0xaf, 0xe2, 0x82]);
for (const e of encs) console.log(e, JSON.stringify(bytes.toString(e)), JSON.stringify(bytes.toString(e, 3, 9)));
for (let i = 0; i <= bytes.length; i++) console.log(i, JSON.stringify(bytes.toString('utf8', i)), JSON.stringify(bytes.toString('utf8', 0, i)));
console.log(Buffer.isEncoding('UCS-2'), Buffer.isEncoding('nope'), Buffer.isEncoding(''), Buffer.isEncoding(null), Buffer.isEncoding('Base64URL'));
for (const args of [[], ['utf8', -1, 100], ['hex', 2], ['latin1', 1, 1], ['utf8', 'x', 'y'], ['utf8', 2.7, 4.2], [undefined, 1]]) {
  console.log(args, JSON.stringify(Buffer.from('abcdef').toString(...args)));
}
try { Buffer.from('x').toString('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { Buffer.from('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
const { isUtf8, isAscii, transcode } = require('buffer');
console.log(isUtf8(Buffer.from('é')), isUtf8(Buffer.from([0xc3])), isAscii(Buffer.from('abc')), isAscii(Buffer.from('é')), isUtf8(new ArrayBuffer(2)));
console.log(transcode(Buffer.from('€é'), 'utf8', 'latin1'), transcode(Buffer.from('hé'), 'utf8', 'ucs2'), transcode(Buffer.from('hé', 'latin1'), 'latin1', 'utf8'));
console.log(atob(' aGVs bG8= '), btoa('hé'), atob('YQ'), atob(''));
for (const bad of ['a', 'a===', '!!', 'YQ=a', 'YQ===']) {
  try { console.log(JSON.stringify(atob(bad))); } catch (e) { console.log(bad, e.name, e.message); }
}
try { btoa('€'); } catch (e) { console.log(e.name, e.message); }
try { atob(); } catch (e) { console.log(e.code, e.message); }
