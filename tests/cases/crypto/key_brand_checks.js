// util.types.isKeyObject/isCryptoKey answer by brand (before and after crypto is loaded), and
// crypto's public-key functions keep node's shape (they load rjs's public-key half on first use).
const types = require('util').types;
const plain = [undefined, null, 1, 'key', {}, [], () => {}];
console.log('before', plain.map((v) => types.isKeyObject(v) || types.isCryptoKey(v)).join());
const crypto = require('crypto');
for (const name of ['publicEncrypt', 'privateDecrypt', 'sign', 'verify', 'createPublicKey', 'generateKeyPair', 'diffieHellman']) {
  const fn = crypto[name];
  console.log(name, JSON.stringify(fn.name), fn.length, 'prototype' in fn);
}
const secret = crypto.createSecretKey(Buffer.alloc(16));
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
const fakes = [Object.create(crypto.KeyObject.prototype), { type: 'secret' }, secret.export()];
console.log('keys', [secret, publicKey, privateKey].map((k) => types.isKeyObject(k)).join());
console.log('fakes', fakes.map((k) => types.isKeyObject(k) || types.isCryptoKey(k)).join());
console.log('cryptokey of keyobject', types.isCryptoKey(secret));
crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']).then((key) => {
  console.log('cryptokey', types.isCryptoKey(key), types.isKeyObject(key));
  const back = crypto.KeyObject.from(key);
  console.log('from', back.type, types.isKeyObject(back), back.symmetricKeySize);
  const clone = structuredClone(secret);
  console.log('clone', clone.type, types.isKeyObject(clone), clone.equals(secret));
  const pclone = structuredClone(publicKey);
  console.log('pclone', pclone.type, pclone.asymmetricKeyType, pclone.equals(publicKey));
});
