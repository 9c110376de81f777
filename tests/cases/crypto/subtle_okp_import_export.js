// webcrypto Ed25519/X25519 import/export round trips (spki, pkcs8, jwk, raw), JWK alg/use/crv/ext/key_ops checks, other key types.
const { subtle } = globalThis.crypto;
const crypto = require('crypto');
const keyData = {
  Ed25519: { jwsAlg: 'EdDSA', spki: Buffer.from('302a300506032b6570032100a054b618c12b26c8d43595a5c38dd2b0140b944a151f75003278c2b6c58ec08f', 'hex'),
    pkcs8: Buffer.from('302e020100300506032b657004220420d53150bdcd17b4d4b21ae756d4965639d75b28f56ff9111b1f88326913e445bc', 'hex'),
    jwk: { kty: 'OKP', crv: 'Ed25519', x: 'oFS2GMErJsjUNZWlw43SsBQLlEoVH3UAMnjCtsWOwI8', d: '1TFQvc0XtNSyGudW1JZWOddbKPVv-REbH4gyaRPkRbw' } },
  X25519: { jwsAlg: 'ECDH-ES', spki: Buffer.from('302a300506032b656e032100f38d9f4e621a44e0428176a4c8a534b34f07f8db30152f9ca0167aabf598fe65', 'hex'),
    pkcs8: Buffer.from('302e020100300506032b656e04220420a8327850317b4b03a5a8b4e923413b1da4a642e0d6f7a72cf4d16a549e628a5f', 'hex'),
    jwk: { kty: 'OKP', crv: 'X25519', x: '842fTmIaROBCgXakyKU0s08H-NswFS-coBZ6q_WY_mU', d: 'qDJ4UDF7SwOlqLTpI0E7HaSmQuDW96cs9NFqVJ5iil8' } },
};
const vectors = [{ name: 'Ed25519', priv: ['sign'], pub: ['verify'] }, { name: 'X25519', priv: ['deriveKey', 'deriveBits'], pub: [] }];
const run = async (label, f) => { try { const v = await f(); console.log(label, v); } catch (e) { console.log(label, 'ERR', e.name, e.message); } };
const desc = (k) => `${k.type} ${k.extractable} ${k.usages} ${k.algorithm.name}`;
(async () => {
  for (const { name, priv, pub } of vectors) {
    const d = keyData[name], jwk = d.jwk;
    for (const ext of [true, false]) {
      await run(`${name} spki ${ext}`, async () => { const k = await subtle.importKey('spki', d.spki, { name }, ext, pub); return [desc(k), ext && Buffer.from(await subtle.exportKey('spki', k)).equals(d.spki)]; });
      await run(`${name} spki export ${ext}`, async () => { const k = await subtle.importKey('spki', d.spki, { name }, ext, pub); return subtle.exportKey('jwk', k); });
      await run(`${name} spki wrapKey`, () => subtle.importKey('spki', d.spki, { name }, ext, ['wrapKey']));
      await run(`${name} pkcs8 ${ext}`, async () => { const k = await subtle.importKey('pkcs8', d.pkcs8, { name }, ext, priv); return [desc(k), ext && Buffer.from(await subtle.exportKey('pkcs8', k)).equals(d.pkcs8)]; });
      await run(`${name} pkcs8 empty`, () => subtle.importKey('pkcs8', d.pkcs8, { name }, ext, []));
    }
    await run(`${name} jwk pub`, async () => subtle.exportKey('jwk', await subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, { name }, true, pub)));
    await run(`${name} jwk priv`, async () => subtle.exportKey('jwk', await subtle.importKey('jwk', jwk, { name }, true, priv)));
    await run(`${name} jwk pub alg`, async () => desc(await subtle.importKey('jwk', { alg: d.jwsAlg, kty: jwk.kty, crv: jwk.crv, x: jwk.x }, { name }, true, pub)));
    await run(`${name} jwk priv alg`, async () => desc(await subtle.importKey('jwk', { ...jwk, alg: d.jwsAlg }, { name }, true, priv)));
    await run(`${name} jwk alg foo`, async () => desc(await subtle.importKey('jwk', { ...jwk, alg: 'foo' }, { name }, true, priv)));
    await run(`${name} jwk bad use`, () => subtle.importKey('jwk', { ...jwk, use: name.startsWith('X') ? 'sig' : 'enc' }, { name }, true, priv));
    for (const crv of [undefined, name === 'Ed25519' ? 'Ed448' : 'Ed25519']) {
      await run(`${name} jwk crv ${crv}`, () => subtle.importKey('jwk', { kty: jwk.kty, x: jwk.x, crv }, { name }, true, pub));
    }
    await run(`${name} jwk empty`, () => subtle.importKey('jwk', { ...jwk }, { name }, true, []));
    await run(`${name} jwk ext false`, () => subtle.importKey('jwk', { ...jwk, ext: false }, { name }, true, priv));
    await run(`${name} jwk key_ops`, () => subtle.importKey('jwk', { ...jwk, key_ops: ['verify'] }, { name }, true, priv));
    await run(`${name} raw`, async () => desc(await subtle.importKey('raw', Buffer.from(jwk.x, 'base64url'), { name }, true, pub)));
    await run(`${name} export raw`, async () => Buffer.from(await subtle.exportKey('raw', await subtle.importKey('raw', Buffer.from(jwk.x, 'base64url'), { name }, true, pub))).toString('base64url') === jwk.x);
    const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
    await run(`${name} rsa spki`, () => subtle.importKey('spki', publicKey.export({ format: 'der', type: 'spki' }), { name }, true, pub));
    await run(`${name} rsa pkcs8`, () => subtle.importKey('pkcs8', privateKey.export({ format: 'der', type: 'pkcs8' }), { name }, true, priv));
  }
})();
