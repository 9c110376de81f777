// Triple DES ciphers (des-ede3-cbc, des3, des-ede, CFB/CFB8/OFB) as node 20: outputs, getCipherInfo, key/IV errors, padding, streaming.
const c = require('crypto');
const key = Buffer.from([...Array(24).keys()]);
const iv = Buffer.from([...Array(8).keys()].map((x) => x + 100));
const data = Buffer.from('The quick brown fox jumps over the lazy dog!');
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, 'ERR', e.code, e.message); } };
const names = ['des-ede3-cbc', 'des3', 'DES-EDE3-CBC', 'des-ede3', 'des-ede3-ecb', 'des-ede', 'des-ede-ecb', 'des-ede-cbc', 'des-ede3-cfb', 'des-ede3-cfb8', 'des-ede3-ofb', 'des-ede-cfb', 'des-ede-ofb'];
for (const name of names) {
  const info = c.getCipherInfo(name);
  t(`${name} info`, () => JSON.stringify(info));
  const k = key.subarray(0, info.keyLength), v = info.ivLength ? iv : null;
  t(`${name} enc`, () => {
    const e = c.createCipheriv(name, k, v);
    const out = Buffer.concat([e.update(data.subarray(0, 5)), e.update(data.subarray(5)), e.final()]);
    const d = c.createDecipheriv(name, k, v);
    const back = Buffer.concat([d.update(out.subarray(0, 9)), d.update(out.subarray(9)), d.final()]);
    return [out.toString('hex'), back.equals(data)];
  });
}
t('info by nid', () => JSON.stringify(c.getCipherInfo(44)));
t('bad key', () => c.createCipheriv('des-ede3-cbc', key.subarray(0, 16), iv));
t('bad iv', () => c.createCipheriv('des-ede3-cbc', key, Buffer.alloc(16)));
t('no iv', () => c.createCipheriv('des-ede3-cbc', key, null));
t('ecb iv', () => c.createCipheriv('des-ede3', key, iv));
t('bad decrypt', () => { const d = c.createDecipheriv('des-ede3-cbc', key, iv); d.update(Buffer.alloc(16)); return d.final(); });
t('wrong final length', () => { const d = c.createDecipheriv('des-ede3-cbc', key, iv); d.update(Buffer.alloc(12)); return d.final(); });
t('no padding', () => { const e = c.createCipheriv('des-ede3-cbc', key, iv); e.setAutoPadding(false); return Buffer.concat([e.update(Buffer.alloc(16, 1)), e.final()]).toString('hex'); });
t('no padding bad', () => { const e = c.createCipheriv('des-ede3-cbc', key, iv); e.setAutoPadding(false); e.update(Buffer.alloc(10)); return e.final(); });
t('exact block', () => { const e = c.createCipheriv('des-ede3-cbc', key, iv); return Buffer.concat([e.update(Buffer.alloc(8, 2)), e.final()]).length; });
t('stream pipe', () => { const e = c.createCipheriv('des-ede3-cbc', key, iv); e.end(data); return e.read().toString('base64'); });
t('getCiphers des', () => c.getCiphers().filter((n) => n.startsWith('des')).length > 10);
t('legacy pem', () => {
  const { privateKey } = c.generateKeyPairSync('rsa', { modulusLength: 512 });
  const pem = privateKey.export({ type: 'pkcs1', format: 'pem', cipher: 'des-ede3-cbc', passphrase: 'pw' });
  return [pem.includes('DEK-Info: DES-EDE3-CBC,'), c.createPrivateKey({ key: pem, passphrase: 'pw' }).asymmetricKeyType];
});
