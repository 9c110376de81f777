// webcrypto RSA JWK import: which "alg" values node 20 accepts per algorithm and hash.
const { subtle } = globalThis.crypto;
(async () => {
  const k = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['sign', 'verify']);
  const jwk = await subtle.exportKey('jwk', k.publicKey);
  delete jwk.key_ops;
  for (const name of ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP']) {
    for (const hash of ['SHA-1', 'SHA-256']) {
      const ok = [];
      for (const a of ['RS1', 'RS256', 'PS1', 'PS256', 'RSA-OAEP', 'RSA-OAEP-256', 'ES256', 'SHA-256', 'sha256', 'foo', '']) {
        try { await subtle.importKey('jwk', { ...jwk, alg: a }, { name, hash }, true, []); ok.push(a); } catch (e) { if (e.message !== 'JWK "alg" does not match the requested algorithm') ok.push(`${a}:${e.message}`); }
      }
      console.log(name, hash, ok.join(' '));
    }
  }
})();
