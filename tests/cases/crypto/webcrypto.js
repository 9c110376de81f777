// webcrypto.subtle: importKey/exportKey/generateKey, HMAC sign/verify, AES-GCM/CBC/CTR
// encrypt/decrypt, PBKDF2/HKDF deriveBits/deriveKey, and the DOMExceptions for misuse.
const { subtle } = globalThis.crypto;
const show = (label, p) => p.then(
  (v) => console.log(label, v instanceof ArrayBuffer ? `AB ${Buffer.from(v).toString('hex')}` : v),
  (e) => console.log(label, 'ERR', e.name, e.code, JSON.stringify(e.message)));
(async () => {
  const raw = Buffer.alloc(32, 7);
  const hk = await subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'verify']);
  console.log(hk, hk.algorithm, Object.prototype.toString.call(hk), hk.constructor.name, globalThis.crypto, globalThis.crypto.subtle);
  await show('sign', subtle.sign('HMAC', hk, Buffer.from('data')));
  const sig = await subtle.sign({ name: 'HMAC' }, hk, Buffer.from('data'));
  await show('verify', subtle.verify('HMAC', hk, sig, Buffer.from('data')));
  await show('verify-bad', subtle.verify('HMAC', hk, sig, Buffer.from('datx')));
  await show('verify-short', subtle.verify('HMAC', hk, sig.slice(0, 8), Buffer.from('data')));
  await show('export', subtle.exportKey('raw', hk));
  await show('exportjwk', subtle.exportKey('jwk', hk));
  for (const hash of ['SHA-1', 'SHA-384', 'SHA-512']) {
    const k = await subtle.importKey('raw', Buffer.from('key'), { name: 'HMAC', hash: { name: hash } }, false, ['sign']);
    await show(`sign ${hash}`, subtle.sign('HMAC', k, new TextEncoder().encode('message')));
  }
  const gk = await subtle.importKey('raw', Buffer.alloc(16, 1), 'AES-GCM', false, ['encrypt', 'decrypt']);
  console.log(gk);
  await show('gcm', subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2) }, gk, Buffer.from('hello')));
  await show('gcm-aad', subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2), additionalData: Buffer.from('aad'), tagLength: 96 }, gk, Buffer.from('hello')));
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2) }, gk, Buffer.from('hello'));
  await show('gcm-dec', subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 2) }, gk, ct));
  await show('gcm-dec-bad', subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12, 3) }, gk, ct));
  await show('export-nonext', subtle.exportKey('raw', gk));
  await show('wrong-usage', subtle.sign('HMAC', gk, Buffer.from('x')));
  const ck = await subtle.importKey('raw', Buffer.alloc(32, 1), { name: 'AES-CBC' }, true, ['encrypt', 'decrypt']);
  await show('cbc', subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(16, 2) }, ck, Buffer.from('hello')));
  const cbcCt = await subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(16, 2) }, ck, Buffer.from('a longer plaintext for cbc mode'));
  await show('cbc-dec', subtle.decrypt({ name: 'AES-CBC', iv: Buffer.alloc(16, 2) }, ck, cbcCt).then((b) => Buffer.from(b).toString()));
  await show('cbc-badiv', subtle.encrypt({ name: 'AES-CBC', iv: Buffer.alloc(12, 2) }, ck, Buffer.from('hello')));
  await show('cbc-dec-bad', subtle.decrypt({ name: 'AES-CBC', iv: Buffer.alloc(16, 2) }, ck, Buffer.alloc(16)));
  await show('cbc-jwk', subtle.exportKey('jwk', ck));
  const tk = await subtle.importKey('raw', Buffer.alloc(16, 1), { name: 'AES-CTR' }, true, ['encrypt', 'decrypt']);
  await show('ctr', subtle.encrypt({ name: 'AES-CTR', counter: Buffer.alloc(16, 2), length: 64 }, tk, Buffer.from('hello')));
  await show('badlen', subtle.importKey('raw', Buffer.alloc(15), 'AES-GCM', false, ['encrypt']));
  const pk = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(pk);
  await show('pbkdf2', subtle.deriveBits({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 1000, hash: 'SHA-256' }, pk, 256));
  const hkk = await subtle.importKey('raw', Buffer.from('ikm'), 'HKDF', false, ['deriveBits', 'deriveKey']);
  await show('hkdf', subtle.deriveBits({ name: 'HKDF', salt: Buffer.from('salt'), info: Buffer.from('info'), hash: 'SHA-256' }, hkk, 128));
  await show('pbkdf2-ext', subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', true, ['deriveBits']));
  const dk = await subtle.deriveKey({ name: 'PBKDF2', salt: Buffer.from('salt'), iterations: 10, hash: 'SHA-256' }, pk, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(dk);
  await show('dk-export', subtle.exportKey('raw', dk));
  const g = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(g.algorithm, (await subtle.exportKey('raw', g)).byteLength);
  const g2 = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  console.log(g2.algorithm, g2.usages, (await subtle.exportKey('raw', g2)).byteLength);
  await show('unknown', subtle.importKey('raw', raw, { name: 'FOO' }, true, ['sign']));
  await show('digest-384', subtle.digest('SHA-384', Buffer.from('a')));
  await show('digest-1', subtle.digest({ name: 'sha-1' }, new Uint8Array([1, 2, 3])));
  await show('hmac-imp-usage', subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']));
  await show('jwk-import', subtle.importKey('jwk', { kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODw', alg: 'A128GCM' }, 'AES-GCM', true, ['encrypt']).then((k) => subtle.exportKey('raw', k)));
})();
