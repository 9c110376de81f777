// DH KeyObjects (node 20): generateKeyPair('dh'), PEM/DER round trips, asymmetricKeyType/Details, diffieHellman(), errors.
const c = require('crypto');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.name, e.code, e.message); } };
const modp5 = c.getDiffieHellman('modp5');
const a = c.generateKeyPairSync('dh', { group: 'modp5' });
const b = c.generateKeyPairSync('dh', { prime: modp5.getPrime() });
t('types', () => [a.publicKey.type, a.privateKey.asymmetricKeyType, a.publicKey.asymmetricKeyDetails, a.privateKey.asymmetricKeyDetails]);
t('secret', () => { const s1 = c.diffieHellman({ privateKey: a.privateKey, publicKey: b.publicKey }); const s2 = c.diffieHellman({ privateKey: b.privateKey, publicKey: a.publicKey }); return [s1.length, s1.equals(s2)]; });
const spki = a.publicKey.export({ type: 'spki', format: 'der' });
const pkcs8 = a.privateKey.export({ type: 'pkcs8', format: 'der' });
t('spki', () => [spki.length > 400, spki.subarray(4, 4 + 0xd8).toString('hex')]);
t('pkcs8', () => [pkcs8.length > 240, pkcs8.toString('hex').includes(spki.subarray(4, 4 + 0xd8).toString('hex'))]);
t('pem', () => a.publicKey.export({ type: 'spki', format: 'pem' }).split('\n')[0]);
t('reimport', () => { const k = c.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }); return [k.asymmetricKeyType, k.equals(a.privateKey), c.createPublicKey(k).equals(a.publicKey), c.createPublicKey({ key: spki, format: 'der', type: 'spki' }).equals(a.publicKey)]; });
t('jwk', () => a.publicKey.export({ format: 'jwk' }));
t('pkcs1', () => a.publicKey.export({ type: 'pkcs1', format: 'pem' }));
t('sec1', () => a.privateKey.export({ type: 'sec1', format: 'pem' }));
t('encrypted', () => { const pem = a.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'x' }); return c.createPrivateKey({ key: pem, passphrase: 'x' }).equals(a.privateKey); });
t('mismatch groups', () => c.diffieHellman({ privateKey: a.privateKey, publicKey: c.generateKeyPairSync('dh', { group: 'modp14' }).publicKey }));
t('mixed types', () => c.diffieHellman({ privateKey: a.privateKey, publicKey: c.generateKeyPairSync('x25519').publicKey }));
t('sign', () => c.sign('sha256', Buffer.from('x'), a.privateKey));
t('generator 5', () => { const k = c.generateKeyPairSync('dh', { prime: modp5.getPrime(), generator: 5 }); return k.privateKey.export({ type: 'pkcs8', format: 'der' }).length > 100; });
t('ecdh compat', () => { const ka = c.generateKeyPairSync('ec', { namedCurve: 'P-256' }); return c.diffieHellman({ privateKey: ka.privateKey, publicKey: a.publicKey }); });
t('inspect', () => require('util').inspect(a.publicKey));
// A classic DiffieHellman on the same group agrees with the KeyObjects (DER built by hand).
const tlv = (tag, body) => Buffer.concat([Buffer.from([tag, ...(body.length < 128 ? [body.length] : body.length < 256 ? [0x81, body.length] : [0x82, body.length >> 8, body.length & 255])]), body]);
function element(buf, p) {
  const tag = buf[p++];
  let len = buf[p++];
  if (len & 0x80) { const n = len & 0x7f; len = 0; for (let i = 0; i < n; i++) len = len * 256 + buf[p++]; }
  return { tag, body: buf.subarray(p, p + len) };
}
t('with classic DiffieHellman', () => {
  const dh = c.getDiffieHellman('modp5');
  dh.generateKeys();
  const y = dh.getPublicKey();
  const algid = spki.subarray(4, 4 + 0xd8);
  const der = tlv(0x30, Buffer.concat([algid, tlv(0x03, Buffer.concat([Buffer.from([0]), tlv(0x02, y[0] & 0x80 ? Buffer.concat([Buffer.from([0]), y]) : y)]))]));
  const secret = c.diffieHellman({ privateKey: a.privateKey, publicKey: c.createPublicKey({ key: der, format: 'der', type: 'spki' }) });
  const aY = element(element(spki, 4 + 0xd8).body, 1).body;
  return secret.equals(dh.computeSecret(aY));
});
t('ec domain', () => c.diffieHellman({ privateKey: c.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey, publicKey: c.generateKeyPairSync('ec', { namedCurve: 'P-384' }).publicKey }));
