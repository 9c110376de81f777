// TextDecoder's single-byte legacy encodings as node 20 (full ICU) decodes them: every label,
// all 256 bytes, fatal mode on unmapped bytes, streaming, input/options validation; and
// inspect at negative depth.
const util = require('util');
const all = new Uint8Array(256).map((_, i) => i);
const labels = ['866', 'ibm866', 'latin2', 'iso-8859-3', 'l4', 'cyrillic', 'arabic', 'iso-8859-6-i', 'greek', 'hebrew', 'iso-8859-8-i', 'logical', 'latin6',
  'iso-8859-13', 'iso885914', 'l9', 'iso-8859-16', 'koi8', 'koi8-ru', 'mac', 'x-mac-roman', 'tis-620', 'cp1250', 'x-cp1251', 'windows-1252', 'cp1253', 'latin5',
  'cp1255', 'windows-1256', 'x-cp1257', 'cp1258', 'x-mac-ukrainian', 'x-user-defined', ' Windows-1251 ', 'KOI8-U'];
for (const l of labels) {
  let d;
  try { d = new TextDecoder(l); } catch (e) { console.log(l, e.name, e.code); continue; }
  const s = d.decode(all);
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum = (sum * 31 + s.charCodeAt(i)) >>> 0;
  console.log(JSON.stringify(l), d.encoding, s.length, sum, JSON.stringify(s.slice(0xc0, 0xd0)));
  let fatal;
  try { new TextDecoder(l, { fatal: true }).decode(all); fatal = 'ok'; } catch (e) { fatal = `${e.name} ${e.code} ${e.message}`; }
  console.log('  fatal:', fatal);
}
const d = new TextDecoder('windows-1251');
console.log(d.decode(new Uint8Array([0xcf, 0xf0]), { stream: true }) + d.decode(new Uint8Array([0xe8, 0xe2, 0xe5, 0xf2])) + d.decode());
console.log(JSON.stringify(new TextDecoder('latin2', { ignoreBOM: false }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))));
console.log(new TextDecoder('koi8-r').decode(new Uint16Array([0xc1c1])), new TextDecoder('koi8-r').decode(new Uint8Array([0xc1]).buffer));
for (const args of [['x'], [new Uint8Array(1), 5], [null]]) {
  try { new TextDecoder('iso-8859-5').decode(...args); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(util.inspect(new TextDecoder('greek')), util.inspect(new TextDecoder(), { depth: -1 }), util.inspect({ d: new TextDecoder() }, { depth: 0 }));
