// crypto.Sign/Verify (createSign/createVerify): Writable streams over a digest; node's errors
// for unknown digests, missing or secret keys and Ed25519 keys (which need crypto.sign()).
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
show('class', () => {
  const s = crypto.createSign('sha256');
  return [s.constructor.name, s instanceof crypto.Sign, s instanceof require('stream').Writable, s.update('x') === s, typeof s.write];
});
show('protos', () => [Object.getOwnPropertyNames(crypto.Sign.prototype), Object.getOwnPropertyNames(crypto.Verify.prototype)]);
show('new Verify', () => crypto.Verify('RSA-SHA256') instanceof crypto.Verify);
show('unknown digest', () => crypto.createSign('foo'));
show('digest type', () => crypto.createSign(1));
show('verify digest', () => crypto.createVerify('nope'));
show('update number', () => crypto.createSign('sha256').update(1));
show('sign no key', () => crypto.createSign('sha256').update('x').sign());
show('sign secret', () => crypto.createSign('sha256').update('x').sign(crypto.createSecretKey(Buffer.alloc(4))));
show('sign ed25519', () => crypto.createSign('sha256').update('x').sign(privateKey));
show('verify ed25519', () => crypto.createVerify('sha256').update('x').verify(publicKey, Buffer.alloc(64)));
show('verify sig type', () => crypto.createVerify('sha256').update('x').verify(publicKey, 5));
const s = crypto.createSign('sha512');
s.write('streamed');
s.end();
s.on('finish', () => show('after finish', () => s.sign(privateKey)));
