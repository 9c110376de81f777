// Malformed EncryptedPrivateKeyInfo DER (an empty key-derivation AlgorithmIdentifier, an empty
// algorithm, missing parameters) fails with a coded OpenSSL-style Error, never a TypeError from
// the parser.
const crypto = require('crypto');
const tlv = (tag, hex) => (tag + (hex.length / 2).toString(16).padStart(2, '0') + hex);
const enc = tlv('30', '060960864801650304012a' + tlv('04', '00'.repeat(16)));
const pbes2 = (kdf) => tlv('30', tlv('30', '06092a864886f70d01050d' + tlv('30', kdf + enc)) + tlv('04', '00'.repeat(16)));
for (const h of [pbes2('3000'), pbes2(''), tlv('30', '3000' + tlv('04', '00'.repeat(6)))]) {
  try {
    crypto.createPrivateKey({ key: Buffer.from(h, 'hex'), format: 'der', type: 'pkcs8', passphrase: 'x' });
    console.log('ok');
  } catch (e) {
    console.log(e.name, typeof e.code, e.code === undefined ? e.message.slice(0, 40) : 'coded');
  }
}
