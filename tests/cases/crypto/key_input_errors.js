// Key input and export misuse: argument types, formats and types, PEM variants (Buffer, CRLF,
// text before the block), bad passphrases, JWK errors, export errors (unknown cipher,
// encrypted PKCS#1 PEM), nullish keys for one-shot sign/verify (options are read first).
const crypto = require('crypto');
const c = crypto;
const pem = crypto.generateKeyPairSync('rsa', { modulusLength: 512 }).privateKey.export({ format: 'pem', type: 'pkcs1' });
const show = (l, f) => { try { const r = f(); console.log(l, r && r.type ? `${r.type} ${r.asymmetricKeyType}` : r); } catch (e) { console.log(l, e.name, e.code, e.message); } };
show('no arg', () => c.createPrivateKey());
show('num', () => c.createPublicKey(5));
show('obj no key', () => c.createPrivateKey({}));
show('bad format', () => c.createPrivateKey({ key: pem, format: 'xml' }));
show('bad type pem', () => c.createPrivateKey({ key: pem, type: 'foo' }));
show('der no type', () => c.createPrivateKey({ key: Buffer.alloc(3), format: 'der' }));
show('pem buffer', () => c.createPrivateKey(Buffer.from(pem)));
show('pem typed pkcs8 mismatch', () => c.createPrivateKey({ key: pem, format: 'pem', type: 'pkcs8' }));
show('pem crlf', () => c.createPrivateKey(pem.replace(/\n/g, '\r\n')));
show('pem with junk before', () => c.createPrivateKey('hello\n' + pem));
show('passphrase bad type', () => c.createPrivateKey({ key: pem, passphrase: 5 }));
show('jwk bad kty', () => c.createPublicKey({ key: { kty: 'XX' }, format: 'jwk' }));
show('jwk missing n', () => c.createPublicKey({ key: { kty: 'RSA', e: 'AQAB' }, format: 'jwk' }));
show('jwk ec bad crv', () => c.createPublicKey({ key: { kty: 'EC', crv: 'P-999', x: 'AA', y: 'AA' }, format: 'jwk' }));
show('jwk ec off curve', () => c.createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: 'A'.repeat(43), y: 'A'.repeat(43) }, format: 'jwk' }));
show('export bad', () => c.createPrivateKey(pem).export({ format: 'pem', type: 'spki' }));
show('export cipher bad', () => c.createPrivateKey(pem).export({ format: 'pem', type: 'pkcs8', cipher: 'nope', passphrase: 'x' }));
show('export pkcs1 cipher', () => c.createPrivateKey(pem).export({ format: 'pem', type: 'pkcs1', cipher: 'aes-128-cbc', passphrase: 'x' }).split('\n').slice(0, 2).join('|').replace(/,.*/, ''));
show('sign bad key obj', () => c.sign('sha256', Buffer.from('x'), { key: 5 }));
show('verify no key', () => c.verify('sha256', Buffer.from('x'), undefined, Buffer.alloc(1)));
