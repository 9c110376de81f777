// webcrypto sign/verify: RSASSA-PKCS1-v1_5 signatures (deterministic) per hash, RSA-PSS salt lengths, ECDSA/HMAC verify of fixed inputs, and their errors.
const { subtle } = globalThis.crypto;
const jwk = {"kty":"RSA","n":"6fveKGSIdYRzKcvMhx8E_ncQaYUoKdIXsp3buidlqeSV-uW68MbdokPEU7ouIOZwCsecSFT-NWBuish79Bq_cqLCWMVJSYPAXNzCvHaaNzVryUenQOxFQ6mDl4piy6oiNfPbGlH3D6UY3nVwjc9MGtYknJ9cJqsprMlszlHZEjs","e":"AQAB","d":"mqReNbAMCC9btbn-GSfFMzEZ5cOdwdYa13BBcozrQhfTkBkZLl0gykejj_qy1ge28Ujv31ZdFIYBSTQryC-Na0DcNxvPs6W3glv8ZcQL5FM3jgb2ekaF6mmGBppuNvplY8Du2QPVGk7WAiGuY8c6HkOLQX2EiekP0nTOvJ_u8pE","p":"-NXAWTALekA05zfewR5Uy5-tB8GCPAjPazeEkThSjkloeO0mapvdv7J5ddmltHEyuHWcd1_3C0iqg3cBvBVrxw","q":"8Likz2YvqqgY_0c3x5tlZzuhgzybiikiMxCglQQ2jgtJrY3HudWMufUKXwnIc5HbqLKHZEs--FipEiSl1Ttd7Q","dp":"aGEprX_k4KQ8TN132GSDx2K0r3Mx0UMU1vHT7yLEJqGObGN2YPP_AeG454Gj69wsHYpgVwbvV1FlDX6HQMFvkw","dq":"yh4O68FeFolr67PthuDYZLRx6ZJS-s-M0pmMa3KNJ_kcVOftogBHV8AChEffkgIPEHdOLQztA3LWCtDQmNhvBQ","qi":"1Z_Q_NUjPpnVIrYtS8V3r0WD3IztARFbfR4Ns6BMM9NwOxbc1c4q2X0RLpMaK-epVrMNna9IG71oz2D-YQbCtQ"};
const pubJwk = { kty: jwk.kty, n: jwk.n, e: jwk.e };
const data = Buffer.from('the data to sign');
const hex = (b) => Buffer.from(b).toString('hex');
const run = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', e.name, e.code || '', e.message); } };
(async () => {
  for (const hash of ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
    const priv = await subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash }, true, ['sign']);
    const pub = await subtle.importKey('jwk', pubJwk, { name: 'RSASSA-PKCS1-v1_5', hash }, true, ['verify']);
    await run(`pkcs1 ${hash}`, async () => { const s = await subtle.sign('RSASSA-PKCS1-v1_5', priv, data); return [hex(s).slice(0, 32), await subtle.verify('RSASSA-PKCS1-v1_5', pub, s, data)]; });
    const ppriv = await subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash }, true, ['sign']);
    const ppub = await subtle.importKey('jwk', pubJwk, { name: 'RSA-PSS', hash }, true, ['verify']);
    for (const saltLength of [0, 20, 32, 62, 200]) {
      await run(`pss ${hash} salt ${saltLength}`, async () => { const s = await subtle.sign({ name: 'RSA-PSS', saltLength }, ppriv, data); return [s.byteLength, await subtle.verify({ name: 'RSA-PSS', saltLength }, ppub, s, data), await subtle.verify({ name: 'RSA-PSS', saltLength: saltLength + 1 }, ppub, s, data)]; });
    }
  }
  const pub = await subtle.importKey('jwk', pubJwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify']);
  await run('verify short sig', () => subtle.verify('RSASSA-PKCS1-v1_5', pub, new Uint8Array(10), data));
  await run('verify long sig', () => subtle.verify('RSASSA-PKCS1-v1_5', pub, new Uint8Array(300), data));
  await run('sign with pub', () => subtle.sign('RSASSA-PKCS1-v1_5', pub, data));
  await run('pss missing salt', async () => subtle.sign({ name: 'RSA-PSS' }, await subtle.importKey('jwk', jwk, { name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']), data));
  await run('alg mismatch', async () => subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, await subtle.importKey('jwk', jwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['sign']), data));
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  await run('ecdsa hash mismatch ok', async () => { const s = await subtle.sign({ name: 'ECDSA', hash: 'SHA-512' }, ec.privateKey, data); return [s.byteLength, await subtle.verify({ name: 'ECDSA', hash: 'SHA-512' }, ec.publicKey, s, data), await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, s, data)]; });
  await run('ecdsa bad sig length', () => subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, new Uint8Array(63), data));
  await run('ecdsa der sig', () => subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, ec.publicKey, Buffer.from('3006020101020101', 'hex'), data));
  await run('ecdsa no hash', () => subtle.sign({ name: 'ECDSA' }, ec.privateKey, data));
  const hk = await subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  await run('hmac', async () => hex(await subtle.sign('HMAC', hk, data)));
  await run('hmac verify short', () => subtle.verify('HMAC', hk, new Uint8Array(5), data));
  await run('hmac length 100', async () => { const k = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 100 }, true, ['sign']); return [k.algorithm.length, (await subtle.exportKey('raw', k)).byteLength]; });
  await run('ed25519 ctx', async () => { const k = await subtle.generateKey('Ed25519', true, ['sign']); return (await subtle.sign({ name: 'Ed25519', context: new Uint8Array(2) }, k.privateKey, data)).byteLength; });
})();
