// generateKeyPair/generateKeyPairSync for rsa, rsa-pss, ec, ed25519 and x25519: encodings
// (PEM/DER/JWK, encrypted), shapes and sizes, option validation errors, callbacks and
// util.promisify. Generated keys are random, so only their structure is printed.
const crypto = require('crypto');
const util = require('util');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const shape = (k) => (typeof k === 'string' ? k.split('\n')[0] + ' ' + k.length : Buffer.isBuffer(k) ? `der ${k.length}` : k.type ? `${k.type} ${k.asymmetricKeyType}` : Object.keys(k).join(','));
show('rsa pem', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs1', format: 'pem' } });
  return [shape(publicKey), privateKey.split('\n')[0]];
});
show('rsa der', () => {
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3, publicKeyEncoding: { type: 'pkcs1', format: 'der' }, privateKeyEncoding: { type: 'pkcs8', format: 'der', cipher: 'aes-128-cbc', passphrase: 'pw' } });
  const priv = crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8', passphrase: 'pw' });
  return [shape(publicKey), priv.asymmetricKeyDetails, crypto.createPublicKey({ key: publicKey, format: 'der', type: 'pkcs1' }).asymmetricKeyDetails];
});
show('rsa jwk', () => Object.values(crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } })).map(shape));
show('pss', () => {
  const { publicKey } = crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha384', saltLength: 8 });
  return [publicKey.asymmetricKeyDetails, publicKey.export({ format: 'der', type: 'spki' }).length];
});
show('pss encrypt', () => crypto.publicEncrypt(crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512 }).publicKey, Buffer.from('x')));
for (const namedCurve of ['P-256', 'prime256v1', 'P-384', 'secp384r1', 'secp256k1']) {
  show(namedCurve, () => {
    const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', { namedCurve, publicKeyEncoding: { type: 'spki', format: 'der' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } });
    return [shape(publicKey), shape(privateKey).split(' ')[0], crypto.createPrivateKey(privateKey).asymmetricKeyDetails];
  });
}
show('ec jwk', () => Object.values(crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { format: 'jwk' }, privateKeyEncoding: { format: 'jwk' } })).map(shape));
show('x25519', () => Object.values(crypto.generateKeyPairSync('x25519', { publicKeyEncoding: { format: 'der', type: 'spki' } })).map(shape));
show('no options', () => crypto.generateKeyPairSync('rsa'));
show('bad modulus', () => crypto.generateKeyPairSync('rsa', { modulusLength: -1 }));
show('small modulus', () => crypto.generateKeyPairSync('rsa', { modulusLength: 256 }));
show('bad exponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 'x' }));
show('even exponent', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicExponent: 4 }));
show('bad curve', () => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }));
show('curve type', () => crypto.generateKeyPairSync('ec', { namedCurve: 1 }));
show('param encoding', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', paramEncoding: 'x' }));
show('pss hash', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, hashAlgorithm: 'nope' }));
show('pss mgf1', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, mgf1HashAlgorithm: 'nope' }));
show('pss salt', () => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, saltLength: -1 }));
show('enc type', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: 'pem' }));
show('enc sec1 rsa', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'sec1', format: 'pem' } }));
show('enc pkcs1 ec', () => crypto.generateKeyPairSync('ec', { namedCurve: 'P-256', publicKeyEncoding: { type: 'pkcs1', format: 'pem' } }));
show('enc der cipher', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'pkcs1', format: 'der', cipher: 'aes-128-cbc', passphrase: 'x' } }));
show('enc passphrase only', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, privateKeyEncoding: { type: 'pkcs8', format: 'pem', passphrase: 'x' } }));
show('enc public type', () => crypto.generateKeyPairSync('rsa', { modulusLength: 512, publicKeyEncoding: { type: 'pkcs8', format: 'pem' } }));
show('callback type', () => crypto.generateKeyPair('rsa', { modulusLength: 512 }));
// One job at a time: node's thread pool finishes concurrent jobs in varying order.
crypto.generateKeyPair('ec', { namedCurve: 'secp256k1' }, (err, publicKey, privateKey) => {
  console.log('callback', err, shape(publicKey), shape(privateKey));
  crypto.generateKeyPair('rsa', { modulusLength: 1 }, (err) => {
    console.log('callback error', err && err.code, err && err.message);
    util.promisify(crypto.generateKeyPair)('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }).then((pair) => console.log('promisify', Object.keys(pair), shape(pair.privateKey)));
  });
});
