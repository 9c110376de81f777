// Sign/Verify and crypto.sign/verify argument checks in node's order (the key text is parsed
// after the padding, salt length and signature checks), RSA-PSS key restrictions (salt length
// before digest) and the one-shot digest errors.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024, hashAlgorithm: 'sha256', saltLength: 16 });
console.log(privateKey.asymmetricKeyDetails, publicKey.export({ format: 'der', type: 'spki' }).length);
show('verify sig type before key', () => crypto.createVerify('sha256').verify('not a key', 5));
show('verify bad pem', () => crypto.createVerify('sha256').verify('not a key', Buffer.alloc(4)));
show('sign padding before key', () => crypto.createSign('sha256').sign({ key: 'nope', padding: 'x' }));
show('sign salt before key', () => crypto.createSign('sha256').sign({ key: 'nope', saltLength: 1.5 }));
show('one-shot sig type', () => crypto.verify('sha256', Buffer.alloc(1), 'nope', 5));
show('one-shot bad digest', () => crypto.sign('nope', Buffer.alloc(1), privateKey));
show('pss salt too small', () => crypto.createSign('sha1').update('x').sign({ key: privateKey, saltLength: 8 }));
show('pss digest not allowed', () => crypto.createSign('sha1').update('x').sign(privateKey));
show('pss pkcs1 padding', () => crypto.sign('sha256', Buffer.from('x'), { key: privateKey, padding: crypto.constants.RSA_PKCS1_PADDING }));
const sig = crypto.sign(null, Buffer.from('x'), privateKey);
console.log('pss default digest', sig.length, crypto.verify('sha256', Buffer.from('x'), publicKey, sig), crypto.verify(undefined, Buffer.from('x'), publicKey, sig));
show('oaep sign', () => crypto.sign('sha256', Buffer.from('x'), { key: privateKey, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING }));
const { privateKey: x } = crypto.generateKeyPairSync('x25519');
show('x25519 sign', () => crypto.sign(null, Buffer.from('x'), x));
show('ed25519 digest', () => crypto.sign('sha256', Buffer.from('x'), crypto.generateKeyPairSync('ed25519').privateKey));
show('encrypt with ec', () => crypto.publicEncrypt(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, Buffer.from('x')));
