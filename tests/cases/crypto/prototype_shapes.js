// Hash, Hmac and the cipher classes inherit from node's LazyTransform with their own members in
// node's order (stream methods come from the parent); symmetricKeySize is a SecretKeyObject
// getter and asymmetricKeyType an asymmetric one, as node's. Streams still work afterwards.
const crypto = require('crypto');
for (const K of ['Hash', 'Hmac', 'Cipheriv', 'Decipheriv', 'Cipher', 'Decipher']) {
  const proto = crypto[K].prototype;
  console.log(K, crypto[K].length, Object.getOwnPropertyNames(proto).join(), Object.getPrototypeOf(proto).constructor.name);
}
const secret = crypto.createSecretKey(Buffer.alloc(2));
const { publicKey } = crypto.generateKeyPairSync('ed25519');
const owns = (o, k) => Object.getOwnPropertyNames(Object.getPrototypeOf(o)).includes(k);
console.log('secret', secret.symmetricKeySize, secret.asymmetricKeyType, owns(secret, 'symmetricKeySize'), 'asymmetricKeyType' in secret);
console.log('public', publicKey.symmetricKeySize, publicKey.asymmetricKeyType, 'symmetricKeySize' in publicKey);
console.log('KeyObject', Object.getOwnPropertyNames(crypto.KeyObject.prototype).join());
const h = crypto.createHash('sha1');
h.on('data', (d) => console.log('stream digest', d.toString('hex'), h instanceof require('stream').Transform));
h.end('x');
