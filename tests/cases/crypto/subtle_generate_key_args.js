// subtle.generateKey argument checks (after node's test-webcrypto-keygen): unknown algorithms, usages, RSA/EC/AES/HMAC parameters.
const { subtle } = globalThis.crypto;
const util = require('util');
const run = async (label, f) => { try { const v = await f(); console.log(label, v); } catch (e) { console.log(label, 'ERR', e.name, e.code || '', e.message); } };
const allUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey'];
const rsa = { modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
const vectors = {
  'AES-CTR': [{ length: 128 }, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  'AES-KW': [{ length: 128 }, ['wrapKey', 'unwrapKey']],
  HMAC: [{ length: 256, hash: 'SHA-256' }, ['sign', 'verify']],
  'RSASSA-PKCS1-v1_5': [rsa, ['sign', 'verify']],
  'RSA-OAEP': [rsa, ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey']],
  ECDSA: [{ namedCurve: 'P-256' }, ['sign', 'verify']],
  ECDH: [{ namedCurve: 'P-256' }, ['deriveKey', 'deriveBits']],
  Ed25519: [{}, ['sign', 'verify']],
  X25519: [{}, ['deriveKey', 'deriveBits']],
};
const desc = (k) => (k.privateKey ? [desc(k.publicKey), desc(k.privateKey)] : `${k.type}:${k.usages}:${JSON.stringify(k.algorithm)}`);
(async () => {
  for (const alg of ['AES', { name: 'AES' }, { name: 'AES-CMAC' }, { name: 'HMAC', hash: 'MD5' }, { name: 'RSA', ...rsa }, { name: 'RSA-PSS', ...rsa, hash: 'SHA' }, { name: 'EC', namedCurve: 'P521' }]) {
    await run(`alg ${JSON.stringify(alg)}`, () => subtle.generateKey(alg, 7, []));
  }
  for (const [name, [params, usages]] of Object.entries(vectors)) {
    await run(`${name} empty`, () => subtle.generateKey({ name, ...params }, true, []));
    if (usages.includes('verify')) await run(`${name} verify only`, () => subtle.generateKey({ name, ...params }, true, ['verify']));
    for (const u of allUsages.filter((x) => !usages.includes(x))) await run(`${name} +${u}`, () => subtle.generateKey({ name, ...params }, true, [...usages, u]));
    await run(`${name} dup usages`, async () => desc(await subtle.generateKey({ name, ...params }, false, [...usages, ...usages])));
  }
  const name = 'RSA-PSS', { modulusLength, publicExponent, hash } = rsa;
  await run('rsa no modulusLength', () => subtle.generateKey({ name, publicExponent, hash }, true, ['sign']));
  await run('rsa no exponent', () => subtle.generateKey({ name, modulusLength, hash }, true, ['sign']));
  await run('rsa no hash', () => subtle.generateKey({ name, modulusLength, publicExponent }, true, ['sign']));
  await run('rsa modulus {}', () => subtle.generateKey({ name, modulusLength: {}, publicExponent, hash }, true, ['sign']));
  for (const pe of ['', true, {}, 1, [], new Uint32Array(2)]) await run(`rsa exponent ${util.inspect(pe)}`, () => subtle.generateKey({ name, modulusLength, publicExponent: pe, hash }, true, ['sign']));
  for (const h of [true, 1]) await run(`rsa hash ${h}`, () => subtle.generateKey({ name, modulusLength, publicExponent, hash: h }, true, ['sign']));
  for (const u of ['', {}, 1, false]) await run(`rsa usages ${util.inspect(u)}`, () => subtle.generateKey({ name, modulusLength, publicExponent, hash }, true, u));
  for (const pe of [[1], [1, 0, 0]]) await run(`rsa exponent ${pe}`, () => subtle.generateKey({ name, modulusLength, publicExponent: new Uint8Array(pe), hash }, true, ['sign']));
  await run('rsa exponent 3', async () => desc(await subtle.generateKey({ name: 'RSA-OAEP', modulusLength, publicExponent: Buffer.from([3]), hash: 'SHA-384' }, true, ['decrypt', 'unwrapKey', 'encrypt', 'wrapKey'])));
  for (const c of [1, true, {}, [], null, undefined, 'P-224', 'K-256']) await run(`ec curve ${util.inspect(c)}`, () => subtle.generateKey({ name: 'ECDSA', namedCurve: c }, true, ['sign']));
  for (const l of [1, 100, 257, '', false, null, undefined, '128']) await run(`aes length ${util.inspect(l)}`, () => subtle.generateKey({ name: 'AES-GCM', length: l }, true, ['encrypt']));
  for (const [l, h] of [[undefined, 'SHA-1'], [undefined, 'SHA-384'], [128, 'SHA-256'], [1024, 'SHA-512'], [7, 'SHA-256'], [0, 'SHA-256']]) await run(`hmac ${l} ${h}`, async () => desc(await subtle.generateKey({ name: 'HMAC', length: l, hash: h }, true, ['sign'])));
  for (const h of [1, false, null]) await run(`hmac hash ${h}`, () => subtle.generateKey({ name: 'HMAC', hash: h }, true, ['sign']));
  await run('new CryptoKey', () => new CryptoKey());
  await run('extractable coerced', async () => (await subtle.generateKey({ name: 'AES-GCM', length: 128 }, 'yes', ['encrypt'])).extractable);
  await run('ed keys', async () => desc(await subtle.generateKey({ name: 'Ed25519' }, false, ['verify', 'sign'])));
})();
