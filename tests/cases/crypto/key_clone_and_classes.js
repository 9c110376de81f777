// structuredClone of KeyObjects and CryptoKeys as node's; CryptoKey getters check their
// receiver; SubtleCrypto and Crypto cannot be constructed; SubtleCrypto's method order.
const crypto = require('crypto');
const show = async (label, f) => {
  try {
    console.log(label, await f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
(async () => {
  const sk = crypto.createSecretKey(Buffer.from('abc'));
  await show('secret clone', () => { const x = structuredClone(sk); return [x.constructor.name, x.type, x.symmetricKeySize, x.equals(sk), x !== sk]; });
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
  await show('public clone', () => { const x = structuredClone(publicKey); return [x.constructor.name, x.asymmetricKeyType, x.equals(publicKey)]; });
  await show('private clone', () => { const x = structuredClone(privateKey); return [x.constructor.name, x.equals(privateKey), crypto.verify(null, Buffer.from('m'), publicKey, crypto.sign(null, Buffer.from('m'), x))]; });
  const k = await crypto.subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  k.algorithm.name = 'changed';
  await show('cryptokey clone', () => { const x = structuredClone(k); return [x instanceof CryptoKey, x.type, x.algorithm, x.usages, x.algorithm !== k.algorithm]; });
  await show('cryptokey getter this', () => Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'type').get.call({}));
  await show('cryptokey usages this', () => Object.getOwnPropertyDescriptor(CryptoKey.prototype, 'usages').get.call(null));
  await show('new CryptoKey', () => new CryptoKey());
  await show('new SubtleCrypto', () => new SubtleCrypto());
  await show('new Crypto', () => new Crypto());
  await show('methods', () => Object.getOwnPropertyNames(SubtleCrypto.prototype).join());
})();
