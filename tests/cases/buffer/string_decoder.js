// StringDecoder across chunk boundaries for every encoding, plus end() and errors.
const { StringDecoder } = require('string_decoder');
const text = 'aé€😀z';
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const bytes = Buffer.from(text, enc === 'base64' || enc === 'base64url' || enc === 'hex' ? 'utf8' : enc);
  for (let size = 1; size <= 4; size++) {
    const d = new StringDecoder(enc);
    const parts = [];
    for (let i = 0; i < bytes.length; i += size) parts.push(d.write(bytes.subarray(i, i + size)));
    parts.push(d.end());
    console.log(enc, size, JSON.stringify(parts));
  }
}
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(Buffer.from([0xe2])), d.write(Buffer.from([0x41])), d.write(Buffer.from([0xe2, 0x82])), d.end(), d.end(Buffer.from('ok'))]));
console.log(JSON.stringify([d.write(Buffer.from([0xf0, 0x9f])), d.end()]));
console.log(JSON.stringify([d.write(Buffer.from([0xff, 0xc3])), d.write(Buffer.from([0xa9]))]));
const u = new StringDecoder('utf16le');
console.log(JSON.stringify([u.write(Buffer.from([0x3d])), u.write(Buffer.from([0xd8, 0x00])), u.write(Buffer.from([0xde])), u.end()]));
console.log(new StringDecoder().encoding, new StringDecoder('UCS-2').encoding, new StringDecoder('binary').encoding, d.write('str'));
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { d.write(5); } catch (e) { console.log(e.code, e.message); }
