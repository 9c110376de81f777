// TextDecoder (utf-8, utf-16le, utf-16be; fatal or not) over every way of splitting a chunk into
// stream decodes, a BOM at the start (kept with ignoreBOM), and TextEncoder's encode/encodeInto
// at character boundaries. Includes a lead surrogate before an odd last byte (3DD841...): one U+FFFD, as node.
function splits(len, start = 0, seq = []) {
  if (start === len) return [seq];
  let all = [];
  for (let end = len; end > start; end--) all = all.concat(splits(len, end, seq.concat([[start, end]])));
  return all;
}
const units = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
const inputs = ['C9B5A941', 'E241', 'CCCCB8', 'F0B841', 'F0FB00', 'E2B8CCB8', 'EDA0B5EDB08D', 'EFBFBDE2', 'F0908D88',
  'F4908080', 'C0AF', 'E08080', 'EFBBBF41', 'EFBBBFEFBBBF', '3DD84DDC', '3DD8', '00DC3DD8', 'D83DDC4D', 'FEFF0041', 'FFFE4100', 'AB', '3DD841', 'D83D41', '00D841', 'DC00D8'];
for (const enc of ['utf-8', 'utf-16le', 'utf-16be']) {
  for (const hex of inputs) {
    for (const opts of [{}, { fatal: true }, { ignoreBOM: true }]) {
      const bytes = Buffer.from(hex, 'hex');
      const results = new Set();
      for (const seq of splits(bytes.length)) {
        const d = new TextDecoder(enc, opts);
        let text = '';
        try {
          for (const [a, b] of seq) text += d.decode(bytes.subarray(a, b), { stream: true });
          results.add(units(text + d.decode()));
        } catch (e) {
          results.add(`${e.name} ${e.code}`);
        }
      }
      console.log(enc, hex, JSON.stringify(opts), [...results].join(' | '));
    }
  }
}
const d = new TextDecoder();
console.log(units(d.decode(Buffer.from('EFBBBF41', 'hex'))), units(d.decode(Buffer.from('EFBBBF41', 'hex'))));
const e = new TextEncoder();
for (const s of ['', 'abc', 'héllo', '€uro', '𝄞x', 'a\ud800b', '\udc00', 'ÿ'.repeat(3)]) {
  const all = e.encode(s);
  const sizes = [];
  for (let n = 0; n <= all.length + 1; n++) {
    const dest = new Uint8Array(n);
    const { read, written } = e.encodeInto(s, dest);
    sizes.push(`${n}:${read}/${written}`);
  }
  console.log(JSON.stringify(s), Buffer.from(all).toString('hex'), all.constructor.name, sizes.join(' '));
}
