// StringDecoder over non-Buffer views (Uint16Array, DataView, Float32Array, subarrays) and split chunks in every
// encoding: the bytes of the view are decoded (the decoder calls the native decoder directly).
const { StringDecoder } = require('string_decoder');
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii']) {
  const views = [new Uint16Array([0x4142, 0xd83d, 0xdc4d, 0x00e9]), new DataView(new Uint8Array([0xe2, 0x82, 0xac, 0x41, 0xff]).buffer), new Float32Array([1.5]), Buffer.from('héllo€', 'utf8').subarray(1)];
  const d = new StringDecoder(enc);
  console.log(enc, views.map((v) => JSON.stringify(d.write(v))).join(' '), JSON.stringify(d.end()));
  const d2 = new StringDecoder(enc);
  const whole = Buffer.from('a€𝄞bé', 'utf8');
  let out = '';
  for (let i = 0; i < whole.length; i += 2) out += d2.write(new Uint8Array(whole.buffer, whole.byteOffset + i, Math.min(2, whole.length - i)));
  console.log(' ', JSON.stringify(out + d2.end()));
}
