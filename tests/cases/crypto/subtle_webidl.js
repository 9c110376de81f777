// SubtleCrypto's WebIDL checks as node 20's: receiver (ERR_INVALID_THIS), argument counts
// (ERR_MISSING_ARGS), KeyFormat/KeyUsage enums, CryptoKey arguments, algorithm dictionaries
// (required members ERR_MISSING_OPTION in member-name order, [EnforceRange] integers,
// BufferSource members), then each algorithm's DOMException checks for import/generate/export.
const { subtle } = globalThis.crypto;
const show = async (label, f) => {
  try {
    const r = await f();
    console.log(label, r instanceof ArrayBuffer ? `AB ${Buffer.from(r).toString('hex')}` : JSON.stringify(r && r.algorithm ? [r.algorithm, r.usages] : r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const bytes = (n, v = 1) => new Uint8Array(n).fill(v);
const hmac = { name: 'HMAC', hash: 'SHA-256' };
(async () => {
  for (const m of ['digest', 'importKey', 'exportKey', 'generateKey', 'sign', 'verify', 'encrypt', 'decrypt', 'deriveBits', 'deriveKey', 'wrapKey', 'unwrapKey']) {
    await show(m, () => subtle[m]());
  }
  await show('this', () => subtle.digest.call({}, 'SHA-1', bytes(1)));
  await show('digest {}', () => subtle.digest({}, bytes(1)));
  await show('digest null', () => subtle.digest(null, bytes(1)));
  await show('digest sha-1 lower', () => subtle.digest({ name: 'sha-1' }, bytes(1)));
  await show('exportKey format', () => subtle.exportKey('foo', {}));
  await show('exportKey key', () => subtle.exportKey('raw', {}));
  await show('importKey usages string', () => subtle.importKey('raw', bytes(1), hmac, true, 'sign'));
  await show('importKey usage enum', () => subtle.importKey('raw', bytes(16), 'AES-GCM', true, ['foo']));
  await show('importKey jwk string', () => subtle.importKey('jwk', 'x', hmac, true, ['sign']));
  await show('importKey spki HMAC', () => subtle.importKey('spki', bytes(1), hmac, true, ['sign']));
  await show('HMAC no hash', () => subtle.importKey('raw', bytes(4), { name: 'HMAC' }, true, ['sign']));
  await show('HMAC empty', () => subtle.importKey('raw', bytes(0), hmac, true, ['sign']));
  await show('HMAC length', () => subtle.importKey('raw', bytes(4), { ...hmac, length: 32 }, true, ['sign']));
  await show('HMAC length bad', () => subtle.importKey('raw', bytes(4), { ...hmac, length: 40 }, true, ['sign']));
  await show('HMAC no usages', () => subtle.importKey('raw', bytes(4), hmac, true, []));
  await show('HMAC jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', alg: 'HS256' }, hmac, true, ['sign']));
  await show('HMAC jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', alg: 'HS384' }, hmac, true, ['sign']));
  await show('HMAC jwk kty', () => subtle.importKey('jwk', { kty: 'RSA', k: 'AQID' }, hmac, true, ['sign']));
  await show('HMAC jwk use', () => subtle.importKey('jwk', { kty: 'oct', k: 'AQID', use: 'enc' }, hmac, true, ['sign']));
  await show('AES jwk key_ops', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', key_ops: ['decrypt'] }, 'AES-GCM', true, ['encrypt']));
  await show('AES jwk ext', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', ext: false }, 'AES-GCM', true, ['encrypt']));
  await show('AES jwk no k', () => subtle.importKey('jwk', { kty: 'oct' }, 'AES-GCM', true, ['encrypt']));
  await show('AES jwk alg', () => subtle.importKey('jwk', { kty: 'oct', k: 'AAAAAAAAAAAAAAAAAAAAAA', alg: 'A256GCM' }, 'AES-GCM', true, ['encrypt']));
  await show('AES dup usages', () => subtle.importKey('raw', bytes(16), 'AES-GCM', true, ['encrypt', 'encrypt']));
  await show('AES no usages', () => subtle.importKey('raw', bytes(16), 'AES-GCM', true, []));
  await show('HKDF extractable', () => subtle.importKey('raw', bytes(16), 'HKDF', true, ['deriveBits']));
  await show('PBKDF2 jwk', () => subtle.importKey('jwk', { kty: 'oct', k: 'AA' }, 'PBKDF2', false, ['deriveBits']));
  await show('gen AES no length', () => subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']));
  await show('gen AES length range', () => subtle.generateKey({ name: 'AES-GCM', length: 70000 }, true, ['encrypt']));
  await show('gen AES bad usage', () => subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['sign']));
  await show('gen HMAC no hash', () => subtle.generateKey({ name: 'HMAC' }, true, ['sign']));
  await show('gen HMAC no usages', () => subtle.generateKey(hmac, true, []));
  await show('gen HMAC length 7', () => subtle.generateKey({ ...hmac, length: 7 }, true, ['sign']));
  await show('gen HMAC length 0', () => subtle.generateKey({ ...hmac, length: 0 }, true, ['sign']));
  const ak = await subtle.importKey('raw', bytes(16, 2), 'AES-GCM', true, ['encrypt', 'decrypt']);
  await show('export spki', () => subtle.exportKey('spki', ak));
  await show('export pkcs8', () => subtle.exportKey('pkcs8', ak));
  await show('GCM no iv', () => subtle.encrypt({ name: 'AES-GCM' }, ak, bytes(1)));
  await show('GCM iv string', () => subtle.encrypt({ name: 'AES-GCM', iv: 'abc' }, ak, bytes(1)));
  await show('GCM tagLength string', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), tagLength: 'x' }, ak, bytes(1)));
  await show('GCM tagLength 300', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), tagLength: 300 }, ak, bytes(1)));
  await show('GCM empty iv', () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(0) }, ak, bytes(1)));
  await show('CTR nothing', () => subtle.encrypt({ name: 'AES-CTR' }, ak, bytes(1)));
  await show('sign key string', () => subtle.sign('HMAC', 'k', bytes(1)));
  const pk = await subtle.importKey('raw', bytes(2), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  const pbkdf2 = { name: 'PBKDF2', salt: bytes(1), iterations: 1, hash: 'SHA-1' };
  await show('PBKDF2 nothing', () => subtle.deriveBits({ name: 'PBKDF2' }, pk, 8));
  await show('PBKDF2 salt string', () => subtle.deriveBits({ ...pbkdf2, salt: 'str' }, pk, 8));
  await show('PBKDF2 iterations -1', () => subtle.deriveBits({ ...pbkdf2, iterations: -1 }, pk, 8));
  await show('PBKDF2 iterations "2"', () => subtle.deriveBits({ ...pbkdf2, iterations: '2' }, pk, 8));
  await show('PBKDF2 hash {}', () => subtle.deriveBits({ ...pbkdf2, hash: {} }, pk, 8));
  await show('PBKDF2 length "16"', () => subtle.deriveBits(pbkdf2, pk, '16'));
  await show('PBKDF2 no length', () => subtle.deriveBits(pbkdf2, pk));
  await show('HKDF nothing', () => subtle.deriveBits({ name: 'HKDF' }, pk, 8));
  await show('deriveKey HMAC no hash', () => subtle.deriveKey(pbkdf2, pk, { name: 'HMAC' }, true, ['sign']));
  await show('deriveKey to HKDF', () => subtle.deriveKey(pbkdf2, pk, 'HKDF', false, ['deriveBits']));
  await show('deriveKey no usages', () => subtle.deriveKey(pbkdf2, pk, { name: 'AES-GCM', length: 128 }, true, []));
  await show('deriveKey AES', () => subtle.deriveKey(pbkdf2, pk, { name: 'AES-CBC', length: 128 }, true, ['encrypt']));
})();
