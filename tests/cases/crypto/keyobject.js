// Secret KeyObjects: createSecretKey, export (buffer/jwk), equals, use as HMAC/cipher/hkdf keys.
const crypto = require('crypto');
const show = (label, f) => {
  try { console.log(label, 'ok', f()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
};
const k = crypto.createSecretKey(Buffer.from('abc'));
console.log(k.type, k.symmetricKeySize, k.export(), k.export({ format: 'jwk' }), k.asymmetricKeyType, Object.keys(k), k.constructor.name, String(k));
console.log(k, k instanceof crypto.KeyObject);
show('hex', () => crypto.createSecretKey('6162', 'hex').export());
show('string', () => crypto.createSecretKey('abc').equals(k));
show('not equal', () => crypto.createSecretKey(Buffer.from('abd')).equals(k));
show('empty', () => crypto.createSecretKey(Buffer.alloc(0)).symmetricKeySize);
show('number', () => crypto.createSecretKey(5));
show('equals type', () => k.equals('abc'));
show('hmac', () => crypto.createHmac('sha256', crypto.createSecretKey(Buffer.from('k'))).update('a').digest('hex'));
show('hmac enc', () => crypto.createHmac('sha256', '6b', { encoding: 'hex' }).update('a').digest('hex'));
show('hmac bad key', () => crypto.createHmac('sha256', 5));
show('cipher', () => crypto.createCipheriv('aes-128-ecb', crypto.createSecretKey(Buffer.alloc(16, 3)), null).final('hex'));
show('KeyObject.from', () => crypto.KeyObject.from({}));
