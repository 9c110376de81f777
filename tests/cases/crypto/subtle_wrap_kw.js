// SubtleCrypto AES-KW keys (RFC 3394 vector), wrapKey/unwrapKey with AES-KW and AES-GCM in raw
// and jwk formats, and their errors as node 20's.
const { subtle } = globalThis.crypto;
const show = async (label, f) => {
  try {
    const r = await f();
    console.log(label, r instanceof ArrayBuffer ? Buffer.from(r).toString('hex') : JSON.stringify(r && r.algorithm ? [r.algorithm, r.usages] : r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
(async () => {
  const kek = await subtle.importKey('raw', Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex'), 'AES-KW', true, ['wrapKey', 'unwrapKey']);
  const hmac = { name: 'HMAC', hash: 'SHA-256' };
  const k = await subtle.importKey('raw', Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex'), hmac, true, ['sign']);
  await show('wrap raw', () => subtle.wrapKey('raw', k, kek, 'AES-KW'));
  await show('wrap jwk', () => subtle.wrapKey('jwk', k, kek, 'AES-KW'));
  const w = await subtle.wrapKey('raw', k, kek, 'AES-KW');
  await show('unwrap raw', () => subtle.unwrapKey('raw', w, kek, 'AES-KW', hmac, true, ['sign']));
  const wj = await subtle.wrapKey('jwk', k, kek, 'AES-KW');
  await show('unwrap jwk', () => subtle.unwrapKey('jwk', wj, kek, 'AES-KW', hmac, true, ['sign']));
  await show('unwrap corrupt', () => subtle.unwrapKey('raw', new Uint8Array(24), kek, 'AES-KW', hmac, true, ['sign']));
  await show('unwrap short', () => subtle.unwrapKey('raw', new Uint8Array(8), kek, 'AES-KW', hmac, true, ['sign']));
  const odd = await subtle.importKey('raw', Buffer.alloc(5, 1), hmac, true, ['sign']);
  await show('wrap 5 bytes', () => subtle.wrapKey('raw', odd, kek, 'AES-KW'));
  const gk = await subtle.importKey('raw', Buffer.alloc(16, 9), 'AES-GCM', true, ['wrapKey', 'unwrapKey', 'encrypt']);
  const gcm = { name: 'AES-GCM', iv: Buffer.alloc(12) };
  await show('wrap gcm', () => subtle.wrapKey('raw', k, gk, gcm));
  await show('unwrap gcm jwk', async () => subtle.unwrapKey('jwk', await subtle.wrapKey('jwk', k, gk, gcm), gk, gcm, hmac, true, ['sign']));
  await show('wrap without usage', async () => subtle.wrapKey('raw', k, await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', true, ['encrypt']), gcm));
  await show('wrap gcm no iv', () => subtle.wrapKey('raw', k, gk, { name: 'AES-GCM' }));
  await show('wrap unknown', () => subtle.wrapKey('raw', k, gk, 'FOO'));
  await show('encrypt AES-KW', () => subtle.encrypt('AES-KW', kek, new Uint8Array(16)));
  await show('export kw jwk', () => subtle.exportKey('jwk', kek));
  await show('import kw encrypt', () => subtle.importKey('raw', new Uint8Array(16), 'AES-KW', true, ['encrypt']));
  await show('generate kw', () => subtle.generateKey({ name: 'AES-KW', length: 192 }, true, ['wrapKey', 'wrapKey']));
})();
