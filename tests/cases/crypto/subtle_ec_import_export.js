// webcrypto ECDSA/ECDH import/export (after node's test-webcrypto-export-import-ec, P-256/P-384): round trips, JWK alg/crv/use checks, compressed points, bad private scalars.
const { subtle } = globalThis.crypto;
const keyData = {
  'P-384': { jwsAlg: 'ES384',
    spki: Buffer.from('3076301006072a8648ce3d020106052b8104002203620004219c14d66617b36ec6d8856b385b73a74d344fd8ae75ef046435dda54e3b44bd5fbdebd1d08dd69e2d7dc1dc218cb435bd28138cc778337a842f6bd61b240e74249f24667c2a5810a76bfc28e0335f88a6501dec01976da85afb00869cb6ace8', 'hex'),
    pkcs8: Buffer.from('3081b6020100301006072a8648ce3d020106052b8104002204819e30819b02010104304537b5990784d3c2d22e96a8f92fa1aa492ee873e576a41582e144183c9888d10e6b9eb4ced4b2cc4012e4ac5ea84073a16403620004219c14d66617b36ec6d8856b385b73a74d344fd8ae75ef046435dda54e3b44bd5fbdebd1d08dd69e2d7dc1dc218cb435bd28138cc778337a842f6bd61b240e74249f24667c2a5810a76bfc28e0335f88a6501dec01976da85afb00869cb6ace8', 'hex'),
    jwk: { kty: 'EC', crv: 'P-384', x: 'IZwU1mYXs27G2IVrOFtzp000T9iude8EZDXdpU47RL1fvevR0I3Wni19wdwhjLQ1', y: 'vSgTjMd4M3qEL2vWGyQOdCSfJGZ8KlgQp2v8KOAzX4imUB3sAZdtqFr7AIactqzo', d: 'RTe1mQeE08LSLpao-S-hqkku6HPldqQVguFEGDyYiNEOa560ztSyzEAS5KxeqEBz' } },
  'P-256': { jwsAlg: 'ES256',
    spki: Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004d6e8328a95fe29afcdc30977b9251efbb219022807f6b14bb34695b6b4bdb93ee6684548a4ad13c49d00433c45315e8274f3540f58f5d79ef7a1b184f4c21d17', 'hex'),
    pkcs8: Buffer.from('308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b020101042b2bc2eda265e46866efa8f8f99da993175b6c85c246e15dceaed7e3070f13fbf8a14403420004d6e8328a95fe29afcdc30977b9251efbb219022807f6b14bb34695b6b4bdb93ee6684548a4ad13c49d00433c45315e8274f3540f58f5d79ef7a1b184f4c21d17'.replace('042b2bc2', '04202bc2'), 'hex'),
    jwk: { kty: 'EC', crv: 'P-256', x: '1ugyipX-Ka_Nwwl3uSUe-7IZAigH9rFLs0aVtrS9uT4', y: '5mhFSKStE8SdAEM8RTFegnTzVA9Y9dee96GxhPTCHRc', d: 'K8LtomXkaGbvqPj5namTF1tshcJG4V3OrtfjBw8T-_g' } },
};
const vectors = [{ name: 'ECDSA', priv: ['sign'], pub: ['verify'] }, { name: 'ECDH', priv: ['deriveKey', 'deriveBits'], pub: [] }];
const run = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', e.name, e.message); } };
const desc = (k) => `${k.type} ${k.extractable} ${k.usages} ${k.algorithm.name} ${k.algorithm.namedCurve}`;
(async () => {
  for (const { name, priv, pub } of vectors) {
    for (const namedCurve of ['P-256', 'P-384']) {
      const d = keyData[namedCurve], jwk = d.jwk, alg = { name, namedCurve }, l = `${name} ${namedCurve}`;
      await run(`${l} spki`, async () => { const k = await subtle.importKey('spki', d.spki, alg, true, pub); return [desc(k), Buffer.from(await subtle.exportKey('spki', k)).equals(d.spki)]; });
      await run(`${l} spki unextractable`, async () => subtle.exportKey('spki', await subtle.importKey('spki', d.spki, alg, false, pub)));
      await run(`${l} spki wrapKey`, () => subtle.importKey('spki', d.spki, alg, true, ['wrapKey']));
      await run(`${l} pkcs8`, async () => { const k = await subtle.importKey('pkcs8', d.pkcs8, alg, true, priv); return [desc(k), Buffer.from(await subtle.exportKey('pkcs8', k)).equals(d.pkcs8)]; });
      await run(`${l} pkcs8 empty`, () => subtle.importKey('pkcs8', d.pkcs8, alg, true, []));
      await run(`${l} jwk pub`, async () => subtle.exportKey('jwk', await subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, alg, true, pub)));
      await run(`${l} jwk priv`, async () => subtle.exportKey('jwk', await subtle.importKey('jwk', jwk, alg, true, priv)));
      const okAlg = name === 'ECDSA' ? d.jwsAlg : 'ECDH-ES';
      await run(`${l} jwk alg ok`, async () => desc(await subtle.importKey('jwk', { ...jwk, alg: okAlg }, alg, true, priv)));
      await run(`${l} jwk alg wrong`, async () => desc(await subtle.importKey('jwk', { ...jwk, alg: namedCurve === 'P-256' ? 'ES384' : 'ES256' }, alg, true, priv)));
      await run(`${l} jwk bad use`, () => subtle.importKey('jwk', { ...jwk, use: name === 'ECDH' ? 'sig' : 'enc' }, alg, true, priv));
      for (const crv of [undefined, namedCurve === 'P-256' ? 'P-384' : 'P-256']) await run(`${l} jwk crv ${crv}`, () => subtle.importKey('jwk', { ...jwk, crv }, alg, true, priv));
      await run(`${l} jwk empty`, () => subtle.importKey('jwk', { ...jwk }, alg, true, []));
      await run(`${l} raw`, async () => desc(await subtle.importKey('raw', Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]), alg, true, pub)));
      await run(`${l} raw compressed`, async () => { const k = await subtle.importKey('raw', Buffer.concat([Buffer.from([3]), Buffer.from(jwk.x, 'base64url')]), alg, true, pub); return (await subtle.exportKey('jwk', k)).y; });
      await run(`${l} raw bad`, () => subtle.importKey('raw', Buffer.from([4, 1, 2]), alg, true, pub));
    }
  }
  const compressed = Buffer.from([48, 57, 48, 19, 6, 7, 42, 134, 72, 206, 61, 2, 1, 6, 8, 42, 134, 72, 206, 61, 3, 1, 7, 3, 34, 0, 2, 210, 16, 176, 166, 249, 217, 240, 18, 134, 128, 88, 180, 63, 164, 244, 113, 1, 133, 67, 187, 160, 12, 146, 80, 223, 146, 87, 194, 172, 174, 93, 209]);
  for (const name of ['ECDH', 'ECDSA']) await run(`compressed spki ${name}`, async () => Buffer.from(await subtle.exportKey('spki', await subtle.importKey('spki', compressed, { name, namedCurve: 'P-256' }, true, []))).toString('hex'));
  const badKeys = [
    '3066020100301306072a8648ce3d020106082a8648ce3d030107044c304a0201010420ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551a12303210000ffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551',
    '3041020100301306072a8648ce3d020106082a8648ce3d030107042730250201010420ffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551',
  ];
  for (const [i, hex] of badKeys.entries()) {
    for (const [name, usages] of [['ECDSA', ['sign']], ['ECDH', ['deriveBits']]]) await run(`bad key ${i} ${name}`, () => subtle.importKey('pkcs8', Buffer.from(hex, 'hex'), { name, namedCurve: 'P-256' }, true, usages));
  }
})();
