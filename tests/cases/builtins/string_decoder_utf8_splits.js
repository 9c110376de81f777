// StringDecoder utf8 holds back only what node's decoder does (lead bytes 110xxxxx, 1110xxxx,
// 11110xxx; 0xf8-0xff never), and end() decodes held bytes as Buffer does (one U+FFFD per
// maximal invalid part); every split of sample buffers in every encoding.
const { StringDecoder } = require('string_decoder');
const bufs = [Buffer.from('aé€😀z'), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('hello world'), Buffer.from([0xe2, 0x82]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80])];
const out = [];
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  for (const b of bufs) {
    for (let split = 0; split <= b.length; split++) {
      const d = new StringDecoder(enc);
      out.push(JSON.stringify([enc, split, d.write(b.subarray(0, split)), d.write(b.subarray(split)), d.end()]));
    }
    const d2 = new StringDecoder(enc); let s = ''; for (const byte of b) s += d2.write(Buffer.from([byte])); s += d2.end(Buffer.from([0x41])); out.push(JSON.stringify(s));
  }
}
console.log(out.join('\n'));

const out2 = [];
for (let lead = 0x80; lead <= 0xff; lead++) {
  for (const tail of [[], [0x80], [0x80, 0x80], [0x41], [0x80, 0x41]]) {
    const d = new StringDecoder('utf8');
    out2.push([lead.toString(16), tail.join('.'), JSON.stringify(d.write(Buffer.from([lead]))), d.lastNeed, d.lastTotal, JSON.stringify(d.write(Buffer.from(tail))), JSON.stringify(d.end())].join(' '));
  }
}
console.log(out2.join('\n'));
