'use strict';
const util = require('util');
const log = console.log;
const hex = (u8) => Array.from(u8, (b) => b.toString(16).padStart(2, '0')).join(' ');
const esc = (s) => JSON.stringify(s).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
log(util.inspect(new TextEncoder()), util.inspect(new TextDecoder()), util.inspect(new TextDecoder('latin1', { fatal: true, ignoreBOM: true })));
log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.getOwnPropertyNames(TextEncoder.prototype));
log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
for (const l of ['utf8', ' UTF-8 ', '\tutf-8\n', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be', 'unicodefffe', 'latin1', 'ascii', 'iso-8859-1', 'us-ascii', 'windows-1252', 'l1', 'cp1252', 'ucs-2', 'binary', 'foo', '', 'utf-32', undefined]) {
  try { log(JSON.stringify(l), new TextDecoder(l).encoding); } catch (e) { log(JSON.stringify(l), e.name, e.code, e.message); }
}
const enc = new TextEncoder();
log(enc.encoding);
for (const s of ['', 'abc', 'héllo', '€', '😀', 'a\ud800b', '\udc00', '\ud83d', 'x'.repeat(3), '\u0000\u007f\u0080\u07ff\u0800\uffff']) log(esc(s), hex(enc.encode(s)));
log(hex(enc.encode()), hex(enc.encode(123)), hex(enc.encode(null)), enc.encode('a') instanceof Uint8Array, Object.getPrototypeOf(enc.encode('a')) === Uint8Array.prototype);
for (const [s, n] of [['abc', 2], ['a€', 2], ['a€', 4], ['😀x', 3], ['😀x', 4], ['😀x', 5], ['\ud800x', 4], ['', 2]]) {
  const dest = new Uint8Array(n);
  const r = enc.encodeInto(s, dest);
  log('into', esc(s), n, JSON.stringify(r), hex(dest));
}
for (const bad of [[1, new Uint8Array(1)], ['a', []], ['a', new Uint16Array(1)], ['a']]) {
  try { enc.encodeInto(...bad); } catch (e) { log(e.name, e.code, e.message); }
}
// utf-8 decoding, including malformed sequences
const seqs = [
  [0x61, 0x62], [0xef, 0xbb, 0xbf, 0x61], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xf0, 0x9f, 0x98, 0x80], [0x80], [0xc3], [0xc3, 0x28],
  [0xe2, 0x82], [0xe2, 0x28, 0xa1], [0xf0, 0x9f, 0x98], [0xf0, 0x28, 0x8c, 0xbc], [0xc0, 0x80], [0xc1, 0xbf], [0xe0, 0x80, 0x80],
  [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80],
  [0xff, 0xfe, 0x61], [0x61, 0xf0, 0x9f, 0x62], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
];
for (const s of seqs) {
  const u8 = new Uint8Array(s);
  let fatal;
  try { fatal = esc(new TextDecoder('utf-8', { fatal: true }).decode(u8)); } catch (e) { fatal = `${e.name} ${e.code} ${e.message}`; }
  log(hex(u8), esc(new TextDecoder().decode(u8)), esc(new TextDecoder('utf-8', { ignoreBOM: true }).decode(u8)), fatal);
}
// streaming
const streamIt = (label, chunks, opts) => {
  const d = new TextDecoder(label, opts);
  let out = '';
  for (const c of chunks) out += d.decode(new Uint8Array(c), { stream: true });
  out += d.decode();
  return esc(out);
};
log(streamIt('utf-8', [[0xe2], [0x82], [0xac, 0x61]]));
log(streamIt('utf-8', [[0xf0, 0x9f], [0x98, 0x80]]));
log(streamIt('utf-8', [[0xef, 0xbb], [0xbf, 0x61], [0xef, 0xbb, 0xbf]]));
log(streamIt('utf-8', [[0xe2, 0x82]]));
log(streamIt('utf-16le', [[0x61], [0x00, 0x3d, 0xd8], [0x00, 0xde]]));
log(streamIt('utf-16le', [[0xff, 0xfe, 0x61, 0x00], [0xff, 0xfe]]));
log(streamIt('utf-16le', [[0x61]]));
const reuse = new TextDecoder();
log(esc(reuse.decode(new Uint8Array([0xe2]), { stream: true })), esc(reuse.decode(new Uint8Array([0x61]))), esc(reuse.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62]))));
// utf-16
for (const [label, bytes] of [['utf-16le', [0x61, 0x00, 0xac, 0x20]], ['utf-16le', [0xff, 0xfe, 0x61, 0x00]], ['utf-16le', [0x00, 0xd8, 0x61, 0x00]], ['utf-16le', [0x61, 0x00, 0x62]],
  ['utf-16be', [0x00, 0x61, 0x20, 0xac]], ['utf-16be', [0xfe, 0xff, 0x00, 0x61]], ['utf-16le', [0x3d, 0xd8, 0x00, 0xde]], ['utf-16le', [0x00, 0xdc]]]) {
  let fatal;
  try { fatal = esc(new TextDecoder(label, { fatal: true }).decode(new Uint8Array(bytes))); } catch (e) { fatal = `${e.name} ${e.code} ${e.message}`; }
  log(label, hex(bytes), esc(new TextDecoder(label).decode(new Uint8Array(bytes))), esc(new TextDecoder(label, { ignoreBOM: true }).decode(new Uint8Array(bytes))), fatal);
}
// windows-1252
const all = new Uint8Array(256).map((_, i) => i);
log(esc(new TextDecoder('latin1').decode(all)));
log(esc(new TextDecoder('windows-1252', { fatal: true }).decode(new Uint8Array([0x81, 0x80, 0xff]))));
// input kinds and validation
const d = new TextDecoder();
const buf = new Uint8Array([0x78, 0x61, 0x62, 0x63, 0x79]);
log(d.decode(buf.buffer), d.decode(new DataView(buf.buffer, 1, 3)), d.decode(buf.subarray(1, 4)), d.decode(new Uint16Array([0x6261])), JSON.stringify(d.decode()), JSON.stringify(d.decode(undefined)));
for (const bad of ['str', 1, null, {}, [1, 2]]) { try { d.decode(bad); } catch (e) { log(e.name, e.code, e.message); } }
try { new TextDecoder('utf-8', 1); } catch (e) { log(e.name, e.code, e.message); }
try { d.decode(new Uint8Array(1), 1); } catch (e) { log(e.name, e.code, e.message); }
try { TextDecoder.prototype.decode.call({}, new Uint8Array(1)); } catch (e) { log(e.name, e.code, e.message); }
try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}); } catch (e) { log(e.name, e.code, e.message); }
log(d.fatal, d.ignoreBOM, new TextDecoder('utf-8', { fatal: 1, ignoreBOM: 'x' }).fatal, new TextDecoder(undefined, null).encoding);
