// des3-wrap (RFC 3217 CMS Triple-DES key wrap) as node 20: round trip (random IV each wrap), getCipherInfo, failures.
const c = require('crypto');
const key = Buffer.from('3c08e25be22352910671cfe4ba3652b1220a8a7769b490ba', 'hex');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.code, e.message); } };
const plaintext = '32|RmVZZkFUVmpRRkp0TmJaUm56ZU9qcnJkaXNNWVNpTTU*|iXmckfRWZBGWWELweCBsThSsfUHLeRe0KCsK8ooHgxie0zOINpXxfZi/oNG7uq9JWFVCk70gfzQH8ZUJjAfaFg**';
t('info', () => [JSON.stringify(c.getCipherInfo('des3-wrap')), JSON.stringify(c.getCipherInfo('id-smime-alg-CMS3DESwrap')), JSON.stringify(c.getCipherInfo(246))]);
t('listed', () => c.getCiphers().filter((n) => /wrap/i.test(n) && /des/i.test(n)));
t('roundtrip', () => {
  const ct = c.createCipheriv('des3-wrap', key, Buffer.alloc(0)).update(plaintext, 'utf8');
  const ct2 = c.createCipheriv('des3-wrap', key, Buffer.alloc(0)).update(plaintext, 'utf8');
  return [ct.length, plaintext.length, ct.equals(ct2), c.createDecipheriv('des3-wrap', key, Buffer.alloc(0)).update(ct, 'buffer', 'utf8') === plaintext];
});
t('with iv', () => c.createCipheriv('des3-wrap', key, Buffer.alloc(8)).update(Buffer.alloc(16)).length);
t('null iv', () => c.createCipheriv('des3-wrap', key, null).update(Buffer.alloc(16)).length);
t('final', () => { const e = c.createCipheriv('des3-wrap', key, Buffer.alloc(0)); e.update(Buffer.alloc(8)); return e.final().length; });
t('not multiple of 8', () => c.createCipheriv('des3-wrap', key, Buffer.alloc(0)).update(Buffer.alloc(10)));
t('empty', () => c.createCipheriv('des3-wrap', key, Buffer.alloc(0)).update(Buffer.alloc(0)).length);
t('tampered', () => { const ct = c.createCipheriv('des3-wrap', key, Buffer.alloc(0)).update(Buffer.alloc(16, 7)); ct[3] ^= 1; return c.createDecipheriv('des3-wrap', key, Buffer.alloc(0)).update(ct); });
t('short unwrap', () => c.createDecipheriv('des3-wrap', key, Buffer.alloc(0)).update(Buffer.alloc(16)));
t('bad key', () => c.createCipheriv('des3-wrap', key.subarray(0, 16), Buffer.alloc(0)));
t('node-made', () => c.createDecipheriv('des3-wrap', key, null).update(Buffer.from('aecc826a228987e1136756ac95ef657242b0da6e2ca0c853edfcea97dea42495', 'hex')).toString('hex'));
