// Diffie-Hellman: node's MODP groups (getDiffieHellman/createDiffieHellmanGroup), generated
// and given primes, verifyError (DH_check), key agreement, set/get keys, and node's errors.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
};
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const dh = crypto.getDiffieHellman(name);
  console.log(name, dh.getPrime().length, sha(dh.getPrime()), dh.getGenerator('hex'), dh.verifyError, dh instanceof crypto.DiffieHellmanGroup);
}
show('unknown group', () => crypto.getDiffieHellman('modp3'));
show('group type', () => crypto.createDiffieHellmanGroup(5));
show('group shape', () => {
  const dh = crypto.getDiffieHellman('modp1');
  return [Object.keys(dh), Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype), Object.getOwnPropertyNames(crypto.DiffieHellman.prototype), typeof dh.setPublicKey];
});
show('inspect', () => require('util').inspect(crypto.createDiffieHellman(Buffer.from([23]))));
show('no public key', () => crypto.getDiffieHellman('modp1').getPublicKey());
show('no private key', () => crypto.getDiffieHellman('modp1').getPrivateKey());

// Key agreement in a group, with encodings.
for (const name of ['modp1', 'modp14']) {
  const a = crypto.getDiffieHellman(name);
  const b = crypto.createDiffieHellman(a.getPrime(), a.getGenerator());
  const ka = a.generateKeys();
  const kb = b.generateKeys('hex');
  const s1 = a.computeSecret(kb, 'hex', 'base64');
  const s2 = b.computeSecret(ka);
  console.log(name, 'agree', s1 === s2.toString('base64'), s2.length, b.verifyError, a.getPrivateKey().length <= (name === 'modp1' ? 96 : 29));
}
// Fixed private keys give fixed public keys and secrets.
{
  const a = crypto.getDiffieHellman('modp2');
  const b = crypto.createDiffieHellman(a.getPrime('hex'), 'hex', 2);
  a.setPrivateKey ? console.log('group has setPrivateKey') : console.log('group has no setPrivateKey');
  b.setPrivateKey(Buffer.from('00000102030405', 'hex'));
  console.log('fixed', b.getPrivateKey('hex'), sha(b.generateKeys()), b.getPrivateKey('hex'));
  b.setPublicKey('0002', 'hex');
  console.log('set public', b.getPublicKey('hex'));
  console.log('secret of 2', sha(b.computeSecret(Buffer.from([2]))), b.computeSecret(Buffer.from([2])).length);
  b.setPrivateKey(Buffer.from([1]));
  console.log('padded', b.computeSecret(Buffer.from([2])).toString('hex').slice(-8), b.computeSecret(Buffer.from([2])).length);
  show('too small', () => b.computeSecret(Buffer.from([1])));
  show('empty', () => b.computeSecret(''));
  show('too large', () => b.computeSecret(b.getPrime()));
  show('key type', () => b.computeSecret(5));
  show('set type', () => b.setPublicKey(5));
  const c = crypto.createDiffieHellman(b.getPrime());
  show('no private', () => c.computeSecret(Buffer.from([2])));
}
// Given primes and generators.
show('prime 23 g 5', () => { const d = crypto.createDiffieHellman(Buffer.from([23]), 5); return [d.getGenerator('hex'), d.verifyError]; });
show('prime 15', () => crypto.createDiffieHellman(Buffer.from([15])).verifyError);
show('prime 7', () => crypto.createDiffieHellman(Buffer.from([0, 7])).getPrime('hex'));
show('not safe', () => crypto.createDiffieHellman('ffffffffffffffc5', 'hex').verifyError);
show('even', () => crypto.createDiffieHellman(Buffer.from([24]), Buffer.from([0, 4])).verifyError);
show('g >= p-1', () => crypto.createDiffieHellman(Buffer.from([23]), 22).verifyError);
show('strings', () => { const d = crypto.createDiffieHellman('17', 'hex', '05', 'hex'); return [d.getPrime('hex'), d.getGenerator('hex')]; });
show('utf8 generator', () => crypto.createDiffieHellman(Buffer.from([23]), 'xx', 5).getGenerator('hex'));
show('generator 0', () => crypto.createDiffieHellman(Buffer.from([23]), 0).getGenerator('hex'));
show('generator 1', () => crypto.createDiffieHellman(Buffer.from([23]), 1));
show('generator -1', () => crypto.createDiffieHellman(Buffer.from([23]), -1));
show('generator [0,1]', () => crypto.createDiffieHellman(Buffer.from([23]), Buffer.from([0, 1])));
show('generator 2^31', () => crypto.createDiffieHellman(Buffer.from([23]), 2 ** 31));
show('generator {}', () => crypto.createDiffieHellman(Buffer.from([23]), {}));
show('empty prime', () => crypto.createDiffieHellman(Buffer.alloc(0)));
show('sizeOrKey {}', () => crypto.createDiffieHellman({}));
show('sizeOrKey 1.5', () => crypto.createDiffieHellman(1.5));
show('small modulus keys', () => crypto.createDiffieHellman(Buffer.from([23])).generateKeys());
show('small modulus secret', () => { const d = crypto.createDiffieHellman(Buffer.from([23])); d.setPrivateKey(Buffer.from([2])); return d.computeSecret(Buffer.from([1])); });
// Generated primes: sizes below 512 bits are refused, as OpenSSL 3 does (generating a safe
// prime takes seconds in wasm, so none is generated here).
show('size 256', () => crypto.createDiffieHellman(256));
show('size 10001', () => crypto.createDiffieHellman(10001));
show('size 512 g 1', () => crypto.createDiffieHellman(512, 1));
show('size 512 buffer g', () => crypto.createDiffieHellman(512, Buffer.from([5])));
show('diffieHellman()', () => crypto.diffieHellman());
show('diffieHellman({})', () => crypto.diffieHellman({}));
show('diffieHellman ed25519', () => {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  return crypto.diffieHellman({ privateKey, publicKey });
});
