// TextDecoder's multi-byte legacy encodings (node 20 with full ICU): labels, canonical names,
// decoding, streaming, fatal mode and the encodings node refuses. Byte sequences where ICU's
// tables and WHATWG's differ (unmapped or private-use bytes) are left out.
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
const labels = ['Shift_JIS', 'sjis', 'ms932', 'windows-31j', 'x-sjis', 'csshiftjis', 'ms_kanji', 'shift-jis', 'EUC-JP', 'x-euc-jp',
  'cseucpkdfmtjapanese', 'ISO-2022-JP', 'csiso2022jp', 'GBK', 'gb2312', 'chinese', 'x-gbk', 'iso-ir-58', 'csgb2312', 'gb_2312-80',
  'GB18030', 'Big5', 'big5-hkscs', 'cn-big5', 'x-x-big5', 'csbig5', 'EUC-KR', 'korean', 'ks_c_5601-1987', 'windows-949',
  'ksc_5601', 'iso-ir-149', ' \tsjis\n'];
for (const l of labels) console.log(JSON.stringify(l), new TextDecoder(l).encoding);
for (const l of ['replacement', 'iso-2022-kr', 'hz-gb-2312', 'iso-2022-cn', 'x-user-defined', 'shift_jis2', 'euc-jp ']) {
  try { new TextDecoder(l); console.log(l, 'accepted'); } catch (e) { console.log(JSON.stringify(l), e.name, e.code, e.message); }
}
const cases = [
  ['shift_jis', [0x82, 0xa0, 0x82, 0xa2, 0x5c, 0x7e, 0x81, 0x5f, 0x93, 0xfa, 0x96, 0x7b, 0xb1, 0x41]],
  ['shift_jis', [0x82, 0xa0, 0xa0, 0xfd, 0x82]],
  ['euc-jp', [0xa4, 0xa2, 0x8e, 0xb1, 0x8f, 0xb0, 0xa1, 0xc6, 0xfc, 0xcb, 0xdc, 0xff, 0x41]],
  ['iso-2022-jp', [0x41, 0x1b, 0x24, 0x42, 0x24, 0x22, 0x46, 0x7c, 0x1b, 0x28, 0x42, 0x42, 0x1b, 0x28, 0x4a, 0x5c]],
  ['gbk', [0xc4, 0xe3, 0xba, 0xc3, 0x81, 0x40, 0x41]],
  ['gb18030', [0xc4, 0xe3, 0x81, 0x30, 0x81, 0x30, 0x84, 0x31, 0xa4, 0x39, 0x90, 0x30, 0x81, 0x30, 0x41]],
  ['big5', [0xa4, 0x40, 0xa4, 0xa4, 0xa4, 0xe5, 0x41]],
  ['euc-kr', [0xb0, 0xa1, 0xc7, 0xd1, 0xb1, 0xdb, 0xc8, 0xfe, 0x41, 0xff]],
];
for (const [enc, bytes] of cases) console.log(enc, hex(new TextDecoder(enc).decode(new Uint8Array(bytes))));
// Input as ArrayBuffer, DataView and Buffer slices.
const sj = Buffer.from([0x41, 0x93, 0xfa, 0x96, 0x7b, 0x42]);
const d = new TextDecoder('shift_jis');
console.log(d.decode(sj.buffer.slice(sj.byteOffset, sj.byteOffset + 6)), d.decode(new DataView(sj.buffer, sj.byteOffset + 1, 4)), d.decode(sj.subarray(1, 3)));
// Streaming: a sequence split between calls completes; the end of the stream flushes it.
const s = new TextDecoder('shift_jis');
console.log(JSON.stringify([s.decode(new Uint8Array([0x41, 0x82]), { stream: true }), s.decode(new Uint8Array([0xa0]), { stream: true }), s.decode(new Uint8Array([0x93]), { stream: true }), s.decode()]));
const g = new TextDecoder('gb18030');
console.log(hex(g.decode(new Uint8Array([0x81, 0x30]), { stream: true }) + '|' + g.decode(new Uint8Array([0x81]), { stream: true }) + '|' + g.decode(new Uint8Array([0x30]))));
const j = new TextDecoder('iso-2022-jp');
console.log(hex(j.decode(new Uint8Array([0x1b, 0x24]), { stream: true }) + '|' + j.decode(new Uint8Array([0x42, 0x24, 0x22]), { stream: true }) + '|' + j.decode(new Uint8Array([0x24, 0x24]))));
console.log(JSON.stringify(j.decode(new Uint8Array([0x41]))));
// fatal: malformed input throws (also at the end of a stream) and the decoder starts afresh.
const f = new TextDecoder('euc-kr', { fatal: true });
console.log(f.fatal, f.ignoreBOM, require('util').inspect(f));
for (const bytes of [[0xb0, 0xa1], [0xb0], [0x41, 0xff]]) {
  try { console.log(hex(f.decode(new Uint8Array(bytes)))); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { f.decode(new Uint8Array([0xb0]), { stream: true }); console.log('pending'); f.decode(); } catch (e) { console.log('end', e.code); }
console.log(hex(f.decode(new Uint8Array([0xb0, 0xa1]))));
for (const bad of ['abc', 123, null, {}]) {
  try { new TextDecoder('big5').decode(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(JSON.stringify(new TextDecoder('gbk').decode()), JSON.stringify(new TextDecoder('big5').decode(undefined, { stream: true })));
// A BOM is text in these encodings (only UTF-8 and UTF-16 strip it).
console.log(hex(new TextDecoder('gb18030').decode(new Uint8Array([0x84, 0x31, 0x95, 0x33, 0x41]))));
console.log(hex(new (require('util').TextDecoder)('sjis').decode(new Uint8Array([0x82, 0xa0]))));
