// AES-GCM and ChaCha20-Poly1305: AAD in pieces, tag lengths, odd IV sizes, tampering; plain
// ChaCha20 with OpenSSL's counter-in-IV; the deprecated password-based createCipher.
const crypto = require('crypto');
const key = (n, seed = 5) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 13 + seed) & 255));
const msgs = ['', 'a', 'exactly 16 bytes', 'a longer message that spans several blocks of data.', 'z'.repeat(200)];
for (const ivl of [1, 8, 12, 16, 60, 128]) {
  for (const tl of [4, 8, 12, 16]) {
    const e = crypto.createCipheriv('aes-256-gcm', key(32), key(ivl, 9), { authTagLength: tl });
    e.setAAD(Buffer.from('aad-part-1-'));
    e.setAAD(Buffer.from('second part of the aad data'));
    const ct = Buffer.concat([e.update('plaintext one '), e.update('and two'), e.final()]);
    const tag = e.getAuthTag();
    const d = crypto.createDecipheriv('aes-256-gcm', key(32), key(ivl, 9), { authTagLength: tl });
    d.setAuthTag(tag);
    d.setAAD(Buffer.from('aad-part-1-second part of the aad data'));
    console.log('gcm', ivl, tl, ct.toString('hex'), tag.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString());
  }
}
for (const bits of [128, 192, 256]) {
  for (const m of msgs) {
    const e = crypto.createCipheriv(`aes-${bits}-gcm`, key(bits / 8), key(12, 1));
    e.setAAD(Buffer.from(m.slice(0, 20)));
    const ct = Buffer.concat([e.update(m), e.final()]);
    console.log(bits, m.length, ct.toString('hex'), e.getAuthTag().toString('base64'));
  }
}
// Tampering: ciphertext, AAD, tag; a truncated tag without authTagLength is accepted.
const gk = key(16), giv = key(12, 2);
const ge = crypto.createCipheriv('aes-128-gcm', gk, giv);
ge.setAAD(Buffer.from('hdr'));
const gct = Buffer.concat([ge.update('attack at dawn'), ge.final()]);
const gtag = ge.getAuthTag();
const tryDecrypt = (label, ct, aad, tag, opts) => {
  const d = crypto.createDecipheriv('aes-128-gcm', gk, giv, opts);
  d.setAAD(Buffer.from(aad));
  d.setAuthTag(tag);
  const pt = d.update(ct);
  try {
    d.final();
    console.log(label, 'ok', pt.toString());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, 'update gave', pt.length);
  }
};
tryDecrypt('good', gct, 'hdr', gtag);
tryDecrypt('flipped ct', Buffer.from(gct.map((b, i) => (i === 3 ? b ^ 1 : b))), 'hdr', gtag);
tryDecrypt('other aad', gct, 'hdX', gtag);
tryDecrypt('flipped tag', gct, 'hdr', Buffer.from(gtag.map((b, i) => (i === 15 ? b ^ 0x80 : b))));
tryDecrypt('truncated tag', gct, 'hdr', gtag.subarray(0, 12));
tryDecrypt('truncated tag 4', gct, 'hdr', gtag.subarray(0, 4));
tryDecrypt('truncated tag with option', gct, 'hdr', gtag.subarray(0, 8), { authTagLength: 8 });
// setAuthTag may come after the data.
const late = crypto.createDecipheriv('aes-128-gcm', gk, giv);
late.setAAD(Buffer.from('hdr'));
const latePt = late.update(gct);
late.setAuthTag(gtag);
console.log('late tag', latePt.toString(), late.final().length);
// ChaCha20-Poly1305.
for (const m of msgs) {
  for (const tl of [16, 8, 1]) {
    const e = crypto.createCipheriv('chacha20-poly1305', key(32), key(12, 7), { authTagLength: tl });
    e.setAAD(Buffer.from('header'));
    const ct = Buffer.concat([e.update(m.slice(0, 3)), e.update(m.slice(3)), e.final()]);
    const tag = e.getAuthTag();
    const d = crypto.createDecipheriv('chacha20-poly1305', key(32), key(12, 7), { authTagLength: tl });
    d.setAAD(Buffer.from('header'));
    d.setAuthTag(tag);
    console.log('cp', m.length, tl, ct.toString('hex'), tag.toString('hex'), Buffer.concat([d.update(ct), d.final()]).toString() === m);
  }
}
const cpBad = crypto.createDecipheriv('chacha20-poly1305', key(32), key(12, 7));
cpBad.setAuthTag(Buffer.alloc(16));
cpBad.update(Buffer.from('abc'));
try { cpBad.final(); } catch (e) { console.log('cp bad tag', e.name, e.message); }
// RFC 8439 2.8.2 test vector.
const rk = Buffer.from('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f', 'hex');
const rn = Buffer.from('070000004041424344454647', 'hex');
const rc = crypto.createCipheriv('chacha20-poly1305', rk, rn);
rc.setAAD(Buffer.from('50515253c0c1c2c3c4c5c6c7', 'hex'));
const rct = Buffer.concat([rc.update("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."), rc.final()]);
console.log('rfc8439', rct.toString('hex'), rc.getAuthTag().toString('hex'));
// Plain ChaCha20: 16-byte IV = 32-bit little-endian counter, then the 96-bit nonce.
for (const ctr of ['00000000', '01000000', '2a000000']) {
  const iv = Buffer.from(ctr + '000000000000004a00000000', 'hex');
  const c = crypto.createCipheriv('chacha20', rk, iv);
  console.log('chacha20', ctr, Buffer.concat([c.update('Ladies and Gentlemen of the class of'), c.update(" '99"), c.final()]).toString('hex'));
}
// Deprecated createCipher/createDecipher (EVP_BytesToKey with MD5).
for (const name of ['aes-128-cbc', 'aes-256-cbc', 'aes-192-ecb', 'aes-256-cfb', 'chacha20']) {
  const c = crypto.createCipher(name, 'pass phrase');
  const ct = c.update('legacy password-based cipher', 'utf8', 'hex') + c.final('hex');
  const d = crypto.createDecipher(name, Buffer.from('pass phrase'));
  console.log('legacy', name, ct, d.update(ct, 'hex', 'utf8') + d.final('utf8'));
}
const lg = crypto.createCipher('aes-256-gcm', 'pw');
lg.update('a');
lg.final();
console.log('legacy gcm', lg.getAuthTag().toString('hex'), crypto.createCipher('aes-128-cbc', 'pw') instanceof crypto.Cipher);
try { crypto.createCipher('nope', 'pw'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createCipher('aes-128-cbc', 5); } catch (e) { console.log(e.name, e.code, e.message); }
