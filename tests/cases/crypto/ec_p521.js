// P-521 (secp521r1) in crypto and webcrypto as node 20: keys, PEM/DER/JWK, ECDSA (both encodings), ECDH, explicit parameters, getCurves.
const c = require('crypto');
const { subtle } = globalThis.crypto;
const t = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', e.name, e.code || '', e.message); } };
(async () => {
  const { publicKey, privateKey } = c.generateKeyPairSync('ec', { namedCurve: 'P-521' });
  await t('details', () => [publicKey.asymmetricKeyDetails, privateKey.asymmetricKeyType]);
  await t('jwk', () => { const j = privateKey.export({ format: 'jwk' }); return [j.crv, Buffer.from(j.x, 'base64url').length, Buffer.from(j.d, 'base64url').length]; });
  await t('pem round trip', () => c.createPrivateKey(privateKey.export({ type: 'sec1', format: 'pem' })).equals(privateKey));
  await t('spki round trip', () => c.createPublicKey(publicKey.export({ type: 'spki', format: 'der' }), { format: 'der' }).equals(publicKey));
  await t('jwk round trip', () => c.createPrivateKey({ key: privateKey.export({ format: 'jwk' }), format: 'jwk' }).equals(privateKey));
  for (const [hash, enc] of [['sha512', 'der'], ['sha256', 'ieee-p1363'], ['sha1', 'der']]) {
    await t(`sign ${hash} ${enc}`, () => { const sig = c.sign(hash, Buffer.from('msg'), { key: privateKey, dsaEncoding: enc }); return [enc === 'ieee-p1363' ? sig.length : sig[0], c.verify(hash, Buffer.from('msg'), { key: publicKey, dsaEncoding: enc }, sig), c.verify(hash, Buffer.from('msh'), { key: publicKey, dsaEncoding: enc }, sig)]; });
  }
  const other = c.generateKeyPairSync('ec', { namedCurve: 'secp521r1' });
  await t('diffieHellman', () => { const a = c.diffieHellman({ privateKey, publicKey: other.publicKey }); return [a.length, a.equals(c.diffieHellman({ privateKey: other.privateKey, publicKey }))]; });
  await t('createECDH', () => { const a = c.createECDH('secp521r1'), b = c.createECDH('secp521r1'); a.generateKeys(); b.generateKeys(); return [a.getPublicKey().length, a.getPublicKey(null, 'compressed').length, a.computeSecret(b.getPublicKey()).equals(b.computeSecret(a.getPublicKey()))]; });
  await t('explicit', () => { const k = c.generateKeyPairSync('ec', { namedCurve: 'secp521r1', paramEncoding: 'explicit' }); const der = k.publicKey.export({ type: 'spki', format: 'der' }); return [der.length, c.createPublicKey({ key: der, format: 'der', type: 'spki' }).asymmetricKeyDetails]; });
  await t('getCurves', () => c.getCurves().includes('secp521r1'));
  const kp = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-521' }, true, ['sign', 'verify']);
  await t('subtle sign', async () => { const s = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, kp.privateKey, Buffer.from('x')); return [s.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, kp.publicKey, s, Buffer.from('x'))]; });
  await t('subtle jwk', async () => { const j = await subtle.exportKey('jwk', kp.privateKey); return [j.crv, j.kty, Object.keys(j).sort().join()]; });
  await t('subtle raw', async () => (await subtle.exportKey('raw', kp.publicKey)).byteLength);
  await t('subtle ES512 alg', async () => (await subtle.importKey('jwk', { ...(await subtle.exportKey('jwk', kp.publicKey)), alg: 'ES512' }, { name: 'ECDSA', namedCurve: 'P-521' }, true, ['verify'])).algorithm);
  const dh = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-521' }, true, ['deriveBits']);
  await t('subtle ecdh', async () => (await subtle.deriveBits({ name: 'ECDH', public: dh.publicKey }, dh.privateKey, null)).byteLength);
  await t('subtle spki cross', async () => c.createPublicKey({ key: Buffer.from(await subtle.exportKey('spki', kp.publicKey)), format: 'der', type: 'spki' }).asymmetricKeyDetails);
})();
