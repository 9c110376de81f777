// subtle.deriveKey/deriveBits across base algorithms and derived-key algorithms (lengths, usages, errors) as node 20.
const { subtle } = globalThis.crypto;
const run = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', e.name, e.code || '', e.message); } };
(async () => {
  const raw = new Uint8Array(32).fill(3);
  const hkdf = await subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey', 'deriveBits']);
  const pbkdf2 = await subtle.importKey('raw', raw, 'PBKDF2', false, ['deriveKey', 'deriveBits']);
  const ecdh = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveKey', 'deriveBits']);
  const x = await subtle.generateKey({ name: 'X25519' }, false, ['deriveKey', 'deriveBits']);
  const bases = [
    ['HKDF', hkdf, { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(4), info: new Uint8Array(2) }],
    ['PBKDF2', pbkdf2, { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(4), iterations: 2 }],
    ['ECDH', ecdh.privateKey, { name: 'ECDH', public: ecdh.publicKey }],
    ['X25519', x.privateKey, { name: 'X25519', public: x.publicKey }],
  ];
  const targets = [
    [{ name: 'AES-GCM', length: 128 }, ['encrypt']], [{ name: 'AES-KW', length: 256 }, ['wrapKey']], [{ name: 'AES-CBC', length: 100 }, ['encrypt']],
    [{ name: 'HMAC', hash: 'SHA-256' }, ['sign']], [{ name: 'HMAC', hash: 'SHA-1', length: 128 }, ['verify']], [{ name: 'HMAC', hash: 'SHA-256', length: 0 }, ['sign']],
    [{ name: 'HKDF' }, ['deriveBits']], [{ name: 'PBKDF2' }, ['deriveKey']], [{ name: 'AES-GCM', length: 128 }, ['sign']], [{ name: 'ECDSA', namedCurve: 'P-256' }, ['sign']],
  ];
  for (const [bname, key, alg] of bases) {
    for (const [target, usages] of targets) {
      await run(`${bname} -> ${JSON.stringify(target)} ${usages}`, async () => { const k = await subtle.deriveKey(alg, key, target, true, usages); return [k.type, k.algorithm.name, k.algorithm.length, k.usages, k.extractable]; });
    }
    for (const len of [0, 8, 12, 256, null, undefined]) await run(`${bname} bits ${len}`, async () => (await subtle.deriveBits(alg, key, len)).byteLength);
  }
  await run('wrong usage', async () => subtle.deriveKey(bases[0][2], await subtle.importKey('raw', raw, 'HKDF', false, ['deriveBits']), { name: 'AES-GCM', length: 128 }, true, ['encrypt']));
  await run('bits wrong usage', async () => subtle.deriveBits(bases[0][2], await subtle.importKey('raw', raw, 'HKDF', false, ['deriveKey']), 128));
  await run('alg mismatch', () => subtle.deriveBits(bases[1][2], hkdf, 128));
  await run('hkdf extractable', () => subtle.importKey('raw', raw, 'HKDF', true, ['deriveKey']));
  await run('pbkdf2 iterations 0', () => subtle.deriveBits({ ...bases[1][2], iterations: 0 }, pbkdf2, 128));
  await run('hkdf huge', () => subtle.deriveBits(bases[0][2], hkdf, 255 * 256 + 8));
})();
