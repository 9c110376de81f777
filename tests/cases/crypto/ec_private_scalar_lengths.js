// EC private scalars of unusual encodings: a SEC1 key inside PKCS#8 without its public key,
// and JWK 'd' values with a leading zero byte or without leading zero bytes, as OpenSSL
// takes them (the scalar's value counts, not its length).
const crypto = require('crypto');
const d = Buffer.from('00000c3e9f1e8f9a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192', 'hex');
const key = crypto.createPrivateKey({ key: Buffer.from('3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420' + d.toString('hex'), 'hex'), format: 'der', type: 'pkcs8' });
const jwk = key.export({ format: 'jwk' });
console.log(jwk);
for (const bytes of [d, d.subarray(2), Buffer.concat([Buffer.alloc(1), d])]) {
  try {
    console.log(bytes.length, crypto.createPrivateKey({ key: { ...jwk, d: bytes.toString('base64url') }, format: 'jwk' }).equals(key));
  } catch (e) {
    console.log(bytes.length, e.name, e.code, e.message);
  }
}
