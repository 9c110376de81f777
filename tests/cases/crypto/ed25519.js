// Ed25519: keys from JWK/PEM/DER, export in every format, one-shot sign/verify (deterministic
// signatures), generateKeyPair(Sync) shapes, and the errors for misuse.
const crypto = require('crypto');
// Async results are printed sorted at exit: their order is the thread pool's in node.
const late = [];
process.on('exit', () => console.log(late.sort().join('\n')));
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString('hex') : r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const jwk = { crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo', kty: 'OKP' };
const sk = crypto.createPrivateKey({ key: jwk, format: 'jwk' });
const pk = crypto.createPublicKey(sk);
console.log(sk, pk, sk.type, pk.type, sk.asymmetricKeyType, pk.asymmetricKeyDetails, sk.symmetricKeySize, String(pk), Object.keys(sk));
console.log(sk.export({ format: 'jwk' }), pk.export({ format: 'jwk' }));
const skPem = sk.export({ format: 'pem', type: 'pkcs8' });
const pkPem = pk.export({ format: 'pem', type: 'spki' });
console.log(skPem + pkPem, sk.export({ format: 'der', type: 'pkcs8' }).toString('hex'), pk.export({ format: 'der', type: 'spki' }).toString('base64'));
// RFC 8032 test 1 (empty message) and test 2 (one byte).
const rfc = crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex').toString('base64url'), x: 'x' }, format: 'jwk' });
console.log('rfc8032-1', crypto.sign(null, Buffer.alloc(0), rfc).toString('hex'), crypto.createPublicKey(rfc).export({ format: 'jwk' }).x);
const rfc2 = crypto.createPrivateKey({ key: Buffer.from('302e020100300506032b6570042204204ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', 'hex'), format: 'der', type: 'pkcs8' });
console.log('rfc8032-2', crypto.sign(undefined, Buffer.from([0x72]), rfc2).toString('hex'));
const sig = crypto.sign(null, Buffer.from('hello'), sk);
console.log('sig', sig.toString('hex'));
console.log('verify', crypto.verify(null, Buffer.from('hello'), pk, sig), crypto.verify(null, Buffer.from('hellx'), pk, sig), crypto.verify(null, Buffer.from('hello'), sk, sig));
console.log('verify pem', crypto.verify(null, Buffer.from('hello'), pkPem, sig), crypto.verify(null, Buffer.from('hello'), { key: skPem }, sig), crypto.verify(null, Buffer.from('hello'), pk, Buffer.alloc(10)));
console.log('sign pem', crypto.sign(null, Buffer.from('hello'), skPem).equals(sig), crypto.sign(null, 'hello', { key: Buffer.from(skPem) }).equals(sig));
console.log('roundtrip', crypto.createPrivateKey(skPem).equals(sk), crypto.createPublicKey(pkPem).equals(pk), crypto.createPublicKey(skPem).equals(pk), pk.equals(sk));
console.log('der', crypto.createPublicKey({ key: pk.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' }).export({ format: 'jwk' }).x);
const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519');
console.log(publicKey.type, privateKey.type, crypto.verify(null, Buffer.from('m'), publicKey, crypto.sign(null, Buffer.from('m'), privateKey)));
const enc = crypto.generateKeyPairSync('ed25519', { publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'der' } });
console.log(typeof enc.publicKey, enc.publicKey.slice(0, 26), enc.privateKey.length);
crypto.generateKeyPair('ed25519', (err, pub, priv) => late.push(`async ${err} ${pub.type} ${priv.type}`));
crypto.sign(null, Buffer.from('hello'), sk, (err, s) => late.push(`sign cb ${err} ${s.equals(sig)}`));
crypto.verify(null, Buffer.from('hello'), pk, sig, (err, ok) => late.push(`verify cb ${err} ${ok}`));
show('export none', () => pk.export());
show('export bad type', () => pk.export({ format: 'pem', type: 'pkcs8' }));
show('export bad format', () => pk.export({ format: 'xml', type: 'spki' }));
show('export pkcs1', () => sk.export({ format: 'pem', type: 'pkcs1' }));
show('export sec1', () => sk.export({ format: 'der', type: 'sec1' }));
show('gen foo', () => crypto.generateKeyPairSync('foo'));
show('gen num', () => crypto.generateKeyPairSync(5));
show('sign with public', () => crypto.sign(null, Buffer.from('x'), pk));
show('sign digest', () => crypto.sign('sha256', Buffer.from('x'), sk));
show('sign bad pem', () => crypto.sign(null, Buffer.from('x'), 'not a pem'));
show('junk pem', () => crypto.createPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'));
show('private from spki', () => crypto.createPrivateKey(pkPem));
show('key number', () => crypto.createPrivateKey(5));
show('jwk without d', () => crypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: 'AA' }, format: 'jwk' }));
show('secret to createPrivateKey', () => crypto.createPrivateKey(crypto.createSecretKey(Buffer.from('k'))));
show('private to createPrivateKey', () => crypto.createPrivateKey(sk));
show('public to createPublicKey', () => crypto.createPublicKey(pk));
show('secret to createPublicKey', () => crypto.createPublicKey({ key: crypto.createSecretKey(Buffer.from('k')) }));
show('secret to sign', () => crypto.sign(null, Buffer.from('x'), crypto.createSecretKey(Buffer.from('k'))));
show('secret to verify', () => crypto.verify(null, Buffer.from('x'), crypto.createSecretKey(Buffer.from('k')), sig));
