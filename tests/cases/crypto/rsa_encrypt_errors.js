// publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt errors as node 20's: PKCS#1 v1.5
// private decryption refused (CVE-2023-46809), OAEP only where it applies, the size checks,
// short ciphertexts left-padded, and the non-RSA key error.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const k = crypto.generateKeyPairSync('rsa', { modulusLength: 512 });
show('dec pkcs1', () => crypto.privateDecrypt({ key: k.privateKey, padding: 1 }, Buffer.alloc(64)));
show('dec long', () => crypto.privateDecrypt(k.privateKey, Buffer.alloc(65, 1)));
show('dec big', () => crypto.privateDecrypt(k.privateKey, Buffer.alloc(64, 255)));
show('dec short', () => crypto.privateDecrypt(k.privateKey, Buffer.alloc(10, 1)));
show('dec bad', () => crypto.privateDecrypt(k.privateKey, Buffer.alloc(64, 1)));
show('pubdec nopad', () => crypto.publicDecrypt({ key: k.publicKey, padding: 3 }, Buffer.alloc(10, 1)).length);
show('pubdec bad', () => crypto.publicDecrypt(k.publicKey, Buffer.alloc(64, 1)));
show('pubdec oaep', () => crypto.publicDecrypt({ key: k.publicKey, padding: 4 }, Buffer.alloc(64, 1)));
show('privenc oaep', () => crypto.privateEncrypt({ key: k.privateKey, padding: 4 }, Buffer.alloc(10, 1)));
show('privenc too long', () => crypto.privateEncrypt(k.privateKey, Buffer.alloc(60, 1)));
show('oaep too long', () => crypto.publicEncrypt(k.publicKey, Buffer.alloc(60)));
show('nopad short', () => crypto.publicEncrypt({ key: k.publicKey, padding: 3 }, Buffer.alloc(60)));
show('bad oaepHash', () => crypto.publicEncrypt({ key: k.publicKey, oaepHash: 'nope' }, Buffer.alloc(6)));
show('pkcs1 sign too big', () => crypto.sign('sha512', Buffer.alloc(1), k.privateKey));
show('pss too big', () => crypto.sign('sha256', Buffer.alloc(1), { key: k.privateKey, padding: 6, saltLength: 100 }));
show('oaep sha256 roundtrip', () => crypto.privateDecrypt({ key: k.privateKey, oaepHash: 'sha256' }, crypto.publicEncrypt({ key: k.publicKey, oaepHash: 'sha256' }, Buffer.from('hi'))).toString());
show('pkcs1 encrypt length', () => crypto.publicEncrypt({ key: k.publicKey, padding: 1 }, Buffer.from('hi')).length);
show('string input', () => crypto.publicDecrypt(k.publicKey, crypto.privateEncrypt(k.privateKey, 'text')).toString());
