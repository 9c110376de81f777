// AES in every mode rjs has (CBC, ECB, CTR, CFB, CFB8, OFB, GCM) × key sizes: ciphertexts for
// fixed keys/IVs, updates split at odd offsets, round trips, padding control, encodings.
const crypto = require('crypto');
const key = (n, seed = 3) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7 + seed) & 255));
const iv16 = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const msgs = ['', 'a', 'exactly 16 bytes', 'a somewhat longer message spanning blocks!!', 'x'.repeat(100)];
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'cfb', 'cfb8', 'ofb', 'gcm']) {
    const name = `aes-${bits}-${mode}`;
    const iv = mode === 'ecb' ? null : mode === 'gcm' ? iv16.subarray(0, 12) : iv16;
    for (const m of msgs) {
      const e = crypto.createCipheriv(name, key(bits / 8), iv);
      const ct = Buffer.concat([e.update(m.slice(0, 7)), e.update(m.slice(7)), e.final()]);
      const tag = mode === 'gcm' ? e.getAuthTag() : null;
      const d = crypto.createDecipheriv(name, key(bits / 8), iv);
      if (tag) d.setAuthTag(tag);
      const parts = [d.update(ct.subarray(0, 5)), d.update(ct.subarray(5)), d.final()];
      console.log(name, m.length, ct.toString('hex'), tag ? tag.toString('hex') : '-', parts.map((p) => p.length).join(','), Buffer.concat(parts).toString() === m);
    }
  }
}
// Byte-at-a-time updates give the same bytes as one update.
for (const name of ['aes-128-cbc', 'aes-128-cfb', 'aes-128-cfb8', 'aes-128-ofb', 'aes-128-ctr']) {
  const e = crypto.createCipheriv(name, key(16), iv16);
  const out = [];
  for (const ch of 'byte by byte input of 37 characters!!') out.push(e.update(ch));
  out.push(e.final());
  console.log(name, 'bytewise', Buffer.concat(out).toString('hex'), out.filter((b) => b.length).length);
}
// CTR counter carries across all 128 bits.
const ff = Buffer.alloc(16, 0xff);
console.log('ctr wrap', crypto.createCipheriv('aes-128-ctr', key(16), ff).update(Buffer.alloc(48)).toString('hex'));
// Aliases and case.
for (const n of ['AES-128-CBC', 'aes128', 'aes192', 'aes256', 'Aes-256-Ecb', 'id-aes128-GCM', 'ID-AES256-GCM']) {
  const k = key(/192/.test(n) ? 24 : /256/.test(n) ? 32 : 16);
  const iv = /ecb/i.test(n) ? null : /gcm/i.test(n) ? iv16.subarray(0, 12) : iv16;
  console.log(n, crypto.createCipheriv(n, k, iv).update('alias check text!').toString('hex'));
}
// setAutoPadding(false): whole blocks only; decrypting keeps the padding bytes.
const np = crypto.createCipheriv('aes-128-cbc', key(16), iv16).setAutoPadding(false);
console.log('nopad', np.update(Buffer.alloc(32, 1)).toString('hex'), np.final().length);
const padded = Buffer.concat([crypto.createCipheriv('aes-128-cbc', key(16), iv16).update('pad me'), crypto.createCipheriv('aes-128-cbc', key(16), iv16).final()]);
const npd = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
npd.setAutoPadding(false);
console.log('nopad-dec', npd.update(Buffer.alloc(32, 1)).toString('hex'), npd.final().toString('hex'), padded.length);
const ecbRaw = crypto.createDecipheriv('aes-256-ecb', key(32), null).setAutoPadding(false);
console.log('ecb raw', Buffer.concat([ecbRaw.update(crypto.createCipheriv('aes-256-ecb', key(32), null).update('0123456789abcdef0123456789abcdef')), ecbRaw.final()]).toString());
// Decrypt holds back the last full block until more data or final.
const hold = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
const ct3 = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
const full = Buffer.concat([ct3.update('three blocks of plaintext, forty-seven bytes long'), ct3.final()]);
console.log('hold', hold.update(full.subarray(0, 16)).length, hold.update(full.subarray(16, 32)).length, hold.update(full.subarray(32, 40)).length, hold.update(full.subarray(40)).length, hold.final().toString());
// Input and output encodings (StringDecoder keeps partial base64 groups and characters).
const enc = crypto.createCipheriv('aes-128-ctr', key(16), iv16);
console.log(enc.update('68656c6c6f', 'hex', 'base64'), enc.update('world', 'utf8', 'base64'), enc.final('base64'));
const e2 = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
const hex = e2.update('some text, then more text to decode', 'utf8', 'hex') + e2.final('hex');
console.log(hex);
const d2 = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
console.log(d2.update(hex, 'hex', 'utf8') + d2.final('utf8'));
const e3 = crypto.createCipheriv('aes-192-cfb', key(24), iv16);
console.log(e3.update('héllo wörld', 'latin1', 'latin1') + e3.final('latin1'));
const d3 = crypto.createDecipheriv('aes-128-ctr', key(16), iv16);
const u8ct = crypto.createCipheriv('aes-128-ctr', key(16), iv16).update('ünïcödé ✓ text', 'utf8');
console.log(JSON.stringify([d3.update(u8ct.subarray(0, 3), undefined, 'utf8'), d3.update(u8ct.subarray(3), undefined, 'utf8'), d3.final('utf8')]));
const e4 = crypto.createCipheriv('aes-128-ecb', key(16), null);
console.log(e4.update('abc', 'base64', 'base64url'), e4.update('bogus enc falls back to utf8', 'bogus', 'base64url'), e4.final('base64url'));
const e5 = crypto.createCipheriv('aes-128-ofb', key(16), iv16);
console.log(e5.update('some ucs2 text', 'ucs2', 'ucs2').length, e5.final('ucs2').length);
// Keys, IVs and data as strings, ArrayBuffers, DataViews and other typed arrays.
console.log(crypto.createCipheriv('aes-128-ctr', '0123456789abcdef', 'fedcba9876543210').update('str key').toString('hex'));
console.log(crypto.createCipheriv('aes-128-ctr', '00112233445566778899aabbccddeeff', iv16, { encoding: 'hex' }).update('hex key').toString('hex'));
console.log(crypto.createCipheriv('aes-128-ctr', new Uint8Array(key(16)).buffer, new DataView(iv16.buffer, iv16.byteOffset, 16)).update(new Uint16Array([1, 2, 3])).toString('hex'));
console.log(crypto.createCipheriv('aes-128-ctr', crypto.createSecretKey(key(16)), iv16).update(new DataView(new ArrayBuffer(4))).toString('hex'));
// Instances and classes.
const ci = crypto.createCipheriv('aes-128-cbc', key(16), iv16);
console.log(ci instanceof crypto.Cipheriv, crypto.Cipheriv('aes-128-ctr', key(16), iv16) instanceof crypto.Cipheriv, typeof ci.getAuthTag, typeof ci.setAuthTag);
const di = crypto.createDecipheriv('aes-128-cbc', key(16), iv16);
console.log(di instanceof crypto.Decipheriv, typeof di.getAuthTag, typeof di.setAuthTag, di.setAutoPadding() === di);
console.log(ci);
// Cipher lists and info.
const list = crypto.getCiphers();
console.log(['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes256', 'chacha20-poly1305', 'id-aes128-GCM', 'aes-128-cfb8'].map((n) => list.includes(n)));
console.log(JSON.stringify(list.slice().sort()) === JSON.stringify(list));
for (const n of ['aes-128-cbc', 'aes-256-gcm', 'AES-192-CTR', 'aes-256-ecb', 'aes128', 'chacha20', 'chacha20-poly1305', 'aes-128-cfb8', 'aes-192-ofb', 'aes-256-cfb', 419, 901, 1018, 'nope', 99999]) {
  console.log(n, JSON.stringify(crypto.getCipherInfo(n)));
}
console.log(JSON.stringify([crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }), crypto.getCipherInfo('aes-128-cbc', { keyLength: 12 })]));
// Large inputs in uneven pieces (several batches of blocks per update).
const big = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31 + (i >> 8)) & 255));
for (const name of ['aes-128-cbc', 'aes-256-ecb', 'aes-192-ctr', 'aes-256-gcm', 'aes-128-ofb', 'aes-256-cfb', 'chacha20-poly1305', 'chacha20']) {
  const iv = /ecb/.test(name) ? null : /gcm|poly/.test(name) ? iv16.subarray(0, 12) : iv16;
  const k = key(/128/.test(name) ? 16 : /192/.test(name) ? 24 : 32);
  const e = crypto.createCipheriv(name, k, iv);
  const ct = Buffer.concat([e.update(big.subarray(0, 1000)), e.update(big.subarray(1000, 3001)), e.update(big.subarray(3001)), e.final()]);
  const d = crypto.createDecipheriv(name, k, iv);
  if (/gcm|poly/.test(name)) d.setAuthTag(e.getAuthTag());
  const pt = Buffer.concat([d.update(ct.subarray(0, 2047)), d.update(ct.subarray(2047)), d.final()]);
  console.log(name, 'big', ct.length, crypto.createHash('sha256').update(ct).digest('hex'), pt.equals(big));
}
