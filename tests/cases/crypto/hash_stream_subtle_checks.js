// Hash/Hmac as streams: the digest pushed at the end does not finalize the object (a Hash's
// digest() gives the same bytes again, an Hmac's an empty result). SubtleCrypto: node's key
// checks per operation (encrypt/decrypt, sign/verify, deriveBits/deriveKey with a deriveKey-only
// key) and WebIDL BufferSource errors for strings and numbers.
const crypto = require('crypto');
const { Readable } = require('stream');
const { subtle } = globalThis.crypto;
const show = async (l, f) => { try { console.log(l, await f()); } catch (e) { console.log(l, e.name, e.code, e.message); } };
(async () => {
  await new Promise((resolve) => {
    const h = crypto.createHash('md5');
    h.on('data', (d) => console.log('pushed', d.toString('hex')));
    Readable.from(['a', 'b']).pipe(h).on('finish', () => {
      console.log('digest after pipe', h.digest('hex'));
      try { h.digest(); } catch (e) { console.log('again', e.code); }
      resolve();
    });
  });
  await new Promise((resolve) => {
    const m = crypto.createHmac('sha256', 'k');
    m.on('data', (d) => console.log('hmac pushed', d.toString('hex')));
    m.on('finish', () => { console.log('hmac digest after end', JSON.stringify(m.digest('hex'))); resolve(); });
    m.end('ab');
  });
  await new Promise((resolve) => {
    const h = crypto.createHash('sha1');
    h.setEncoding('base64');
    h.on('data', (d) => { console.log('encoded', d); resolve(); });
    h.end('abc');
  });
  const aes = await subtle.importKey('raw', Buffer.alloc(16), 'AES-GCM', false, ['encrypt']);
  const cbc = await subtle.importKey('raw', Buffer.alloc(16), 'AES-CBC', false, ['decrypt']);
  const hm = await subtle.importKey('raw', Buffer.alloc(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const pbKey = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveKey']);
  const pbBits = await subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  const hk = await subtle.importKey('raw', Buffer.from('pw'), 'HKDF', false, ['deriveBits', 'deriveKey']);
  const p = { name: 'PBKDF2', salt: Buffer.from('s'), iterations: 1, hash: 'SHA-256' };
  await show('decrypt with encrypt key', () => subtle.decrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, aes, Buffer.alloc(20)));
  await show('encrypt wrong algorithm', () => subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, cbc, Buffer.alloc(20)));
  await show('verify with sign key', () => subtle.verify('HMAC', hm, Buffer.alloc(32), Buffer.alloc(1)));
  await show('sign wrong algorithm', () => subtle.sign('HMAC', aes, Buffer.alloc(1)));
  await show('deriveBits without usage', () => subtle.deriveBits(p, pbKey, 128));
  await show('deriveBits mismatch', () => subtle.deriveBits(p, hk, 128));
  await show('deriveKey without usage', () => subtle.deriveKey(p, pbBits, { name: 'AES-GCM', length: 128 }, true, ['encrypt']));
  await show('deriveKey', async () => Buffer.from(await subtle.exportKey('raw', await subtle.deriveKey(p, pbKey, { name: 'AES-GCM', length: 128 }, true, ['encrypt']))).toString('hex'));
  await show('deriveKey hkdf hmac', async () => (await subtle.deriveKey({ name: 'HKDF', salt: Buffer.alloc(0), info: Buffer.alloc(0), hash: 'SHA-256' }, hk, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign'])).algorithm.length);
  await show('digest string', () => subtle.digest('SHA-256', 'abc'));
  await show('digest number', () => subtle.digest('SHA-256', 1));
  await show('sign string', () => subtle.sign('HMAC', hm, 'abc'));
  await show('verify string signature', () => subtle.verify('HMAC', hm, 'x', Buffer.alloc(1)));
  await show('encrypt string', () => subtle.encrypt({ name: 'AES-GCM', iv: Buffer.alloc(12) }, aes, 'abc'));
  await show('importKey string', () => subtle.importKey('raw', 'abc', 'AES-GCM', false, ['encrypt']));
  await show('digest ArrayBuffer', async () => (await subtle.digest('SHA-1', new ArrayBuffer(1))).byteLength);
})();
