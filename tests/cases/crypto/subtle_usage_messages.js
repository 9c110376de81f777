// webcrypto 'Unsupported key usage' messages as node 20 words them, per algorithm and operation (generate, import spki/pkcs8/jwk/raw).
const { subtle } = globalThis.crypto;
const run = async (label, f) => { try { await f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.message); } };
(async () => {
  const rsa = { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  for (const [name, params, bad] of [['RSASSA-PKCS1-v1_5', rsa, 'encrypt'], ['RSA-PSS', rsa, 'encrypt'], ['RSA-OAEP', rsa, 'sign'],
    ['ECDSA', { namedCurve: 'P-256' }, 'encrypt'], ['ECDH', { namedCurve: 'P-256' }, 'sign'], ['Ed25519', {}, 'encrypt'], ['X25519', {}, 'sign']]) {
    await run(`${name} generate`, () => subtle.generateKey({ name, ...params }, true, [bad]));
    const good = name === 'RSA-OAEP' ? ['encrypt', 'decrypt'] : name === 'ECDH' || name === 'X25519' ? ['deriveBits'] : ['sign', 'verify'];
    const k = await subtle.generateKey({ name, ...params }, true, good);
    const alg = { name, ...params };
    await run(`${name} spki`, async () => subtle.importKey('spki', await subtle.exportKey('spki', k.publicKey), alg, true, [bad]));
    await run(`${name} pkcs8`, async () => subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', k.privateKey), alg, true, [bad]));
    await run(`${name} jwk pub`, async () => subtle.importKey('jwk', await subtle.exportKey('jwk', k.publicKey), alg, true, [bad]));
    await run(`${name} jwk priv`, async () => { const j = await subtle.exportKey('jwk', k.privateKey); delete j.key_ops; return subtle.importKey('jwk', j, alg, true, [bad]); });
    if (!name.startsWith('RSA')) await run(`${name} raw`, async () => subtle.importKey('raw', await subtle.exportKey('raw', k.publicKey), alg, true, [bad]));
  }
})();
