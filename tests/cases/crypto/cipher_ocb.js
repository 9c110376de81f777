// AES-OCB (RFC 7253) as node 20: outputs and tags for tag/IV lengths and AAD, streaming, decrypt checks, argument errors.
const c = require('crypto');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.code, e.message); } };
const data = Buffer.from('OCB encrypts and authenticates in a single pass over the data!');
for (const name of ['aes-128-ocb', 'aes-192-ocb', 'aes-256-ocb']) {
  const info = c.getCipherInfo(name);
  t(`${name} info`, () => JSON.stringify(info));
  const key = Buffer.from([...Array(info.keyLength).keys()]);
  for (const [ivLen, tagLen, aadLen, len] of [[12, 16, 0, 64], [12, 16, 5, 63], [1, 8, 16, 16], [15, 12, 33, 0], [8, 4, 0, 17], [12, 1, 40, 100]]) {
    t(`${name} iv${ivLen} tag${tagLen} aad${aadLen} len${len}`, () => {
      const iv = Buffer.alloc(ivLen, 0x5a), aad = Buffer.alloc(aadLen, 0x33), msg = Buffer.concat([data, data]).subarray(0, len);
      const e = c.createCipheriv(name, key, iv, { authTagLength: tagLen });
      if (aadLen) e.setAAD(aad);
      const ct = Buffer.concat([e.update(msg.subarray(0, 7)), e.update(msg.subarray(7)), e.final()]);
      const tag = e.getAuthTag();
      const d = c.createDecipheriv(name, key, iv, { authTagLength: tagLen });
      if (aadLen) d.setAAD(aad);
      d.setAuthTag(tag);
      const pt = Buffer.concat([d.update(ct), d.final()]);
      return [ct.toString('hex'), tag.toString('hex'), pt.equals(msg)];
    });
  }
}
const key = Buffer.alloc(16, 7), iv = Buffer.alloc(12, 1);
t('no authTagLength', () => c.createCipheriv('aes-128-ocb', key, iv));
t('tag 17', () => c.createCipheriv('aes-128-ocb', key, iv, { authTagLength: 17 }));
t('iv 16', () => c.createCipheriv('aes-128-ocb', key, Buffer.alloc(16), { authTagLength: 16 }));
t('bad tag', () => { const d = c.createDecipheriv('aes-128-ocb', key, iv, { authTagLength: 16 }); d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.alloc(20)); return d.final(); });
t('tag length mismatch', () => c.createDecipheriv('aes-128-ocb', key, iv, { authTagLength: 16 }).setAuthTag(Buffer.alloc(12)));
t('no tag', () => { const d = c.createDecipheriv('aes-128-ocb', key, iv, { authTagLength: 16 }); d.update(Buffer.alloc(20)); return d.final(); });
t('getAuthTag before final', () => c.createCipheriv('aes-128-ocb', key, iv, { authTagLength: 16 }).getAuthTag());
t('iv lengths', () => [1, 12, 15, 16].map((l) => JSON.stringify(c.getCipherInfo('aes-128-ocb', { ivLength: l }))));
