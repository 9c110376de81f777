// SharedArrayBuffers as node 20 takes them: randomFill(Sync) fills them (and views over them),
// Hash/Cipher read views over them, while SubtleCrypto's BufferSource arguments and algorithm
// members reject a SharedArrayBuffer or a view on one.
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'THROW', e.name, e.code, e.message); } };
const settle = (name, p) => p.then((r) => console.log(name, r && r.byteLength), (e) => console.log(name, e.code, e.message));
const s = new SharedArrayBuffer(8);
t('randomFillSync sab', () => { crypto.randomFillSync(s); return new Uint8Array(s).some((b) => b !== 0); });
t('randomFillSync sab view', () => { const v = new Uint8Array(new SharedArrayBuffer(8)); crypto.randomFillSync(v, 4); return [v.slice(0, 4).every((b) => b === 0), v.slice(4).some((b) => b !== 0)]; });
t('getRandomValues sab view', () => crypto.getRandomValues(new Uint8Array(new SharedArrayBuffer(4))).length);
t('hash sab view', () => { const v = new Uint8Array(new SharedArrayBuffer(3)); v.set([97, 98, 99]); return crypto.createHash('md5').update(v).digest('hex'); });
t('cipher sab view', () => { const v = new Uint8Array(new SharedArrayBuffer(3)); v.set([97, 98, 99]); return crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).update(v).toString('hex'); });
t('hash sab', () => crypto.createHash('md5').update(new SharedArrayBuffer(2)));
(async () => {
  await settle('digest sab', crypto.subtle.digest('SHA-1', new SharedArrayBuffer(2)));
  await settle('digest sab view', crypto.subtle.digest('SHA-1', new Uint8Array(new SharedArrayBuffer(2))));
  const key = await crypto.subtle.importKey('raw', Buffer.from('pw'), 'PBKDF2', false, ['deriveBits']);
  for (const salt of [new SharedArrayBuffer(2), new Uint8Array(new SharedArrayBuffer(2))]) {
    await settle('salt', crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 1, hash: 'SHA-1' }, key, 8));
  }
  crypto.randomFill(new SharedArrayBuffer(4), (e, b) => console.log('randomFill sab cb', e, b.constructor.name));
})();
