// StringDecoder over every way of splitting a chunk into writes (utf8 sequences cut, invalid and
// overlong, CESU-8 surrogates, utf16le surrogate pairs cut, base64 groups, hex), with the state
// node exposes (lastNeed, lastTotal, the held lastChar bytes) after each write, and end(buf).
const { StringDecoder } = require('string_decoder');

function splits(len, start = 0, seq = []) {
  if (start === len) return [seq];
  let all = [];
  for (let end = len; end > start; end--) all = all.concat(splits(len, end, seq.concat([[start, end]])));
  return all;
}
const units = (s) => [...s].map((c) => c.charCodeAt(0).toString(16)).join(' ');
const inputs = ['C9B5A941', 'E2', 'E241', 'CCCCB8', 'F0B841', 'F1CCB8', 'F0FB00', 'CCE2B8B8', 'E2B8CCB8',
  'E2FBCC01', 'EDA0B5EDB08D', 'E18B', 'EFBFBDE2', 'F141F2', 'F0908D88', 'F4908080', 'C0AF', 'E08080',
  '3DD84DDC', '3DD8', '00DC3DD8', 'AB', '41424344'];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
  for (const hex of inputs) {
    const bytes = Buffer.from(hex, 'hex');
    const results = new Set();
    for (const seq of splits(bytes.length)) {
      const d = new StringDecoder(enc);
      let text = '';
      for (const [a, b] of seq) text += d.write(bytes.subarray(a, b));
      results.add(units(text + d.end()));
    }
    console.log(enc, hex, [...results].join(' | '));
  }
}
for (const enc of ['utf8', 'utf16le', 'base64']) {
  const d = new StringDecoder(enc);
  for (const hex of ['E282', 'AC41F0', '9F', '98', '80', '3D', 'D8', '4D']) {
    const text = d.write(Buffer.from(hex, 'hex'));
    console.log(enc, hex, JSON.stringify(text), d.lastNeed, d.lastTotal, d.lastChar.subarray(0, d.lastTotal - d.lastNeed).toString('hex'));
  }
  console.log(enc, 'end', JSON.stringify(d.end(Buffer.from('E2', 'hex'))), JSON.stringify(d.end()));
}
// A typed array other than Uint8Array and a DataView, as chunks.
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(new Uint16Array([0x82e2]))), JSON.stringify(d.write(new DataView(Uint8Array.of(0xac, 0x41).buffer))));
