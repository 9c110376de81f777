// AES key wrap ciphers (id-aesNNN-wrap / aesNNN-wrap) through createCipheriv as node's OpenSSL:
// RFC 3394 vector, whole-input updates, IV and length errors, streams, getCipherInfo/getCiphers.
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'THROW', e.name, e.code, e.message); } };
const kek = Buffer.from('000102030405060708090A0B0C0D0E0F', 'hex');
const iv = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');
const pt = Buffer.from('00112233445566778899AABBCCDDEEFF', 'hex');
t('wrap', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); return [c.update(pt).toString('hex'), c.final().toString('hex')]; });
t('wrap two updates', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); return [c.update(pt).toString('hex'), c.update(pt).toString('hex'), c.final().toString('hex')]; });
t('wrap 8', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); return [c.update(pt.subarray(0, 8)).toString('hex'), c.final().toString('hex')]; });
t('wrap 12', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); return [c.update(pt.subarray(0, 12)).toString('hex'), c.final().toString('hex')]; });
t('wrap other iv', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, Buffer.alloc(8, 1)); return c.update(pt).toString('hex'); });
t('wrap null iv', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, null); return c.update(pt).toString('hex'); });
t('wrap iv 16', () => crypto.createCipheriv('id-aes128-wrap', kek, Buffer.alloc(16)));
t('unwrap', () => { const d = crypto.createDecipheriv('id-aes128-wrap', kek, iv); return [d.update(Buffer.from('1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5', 'hex')).toString('hex'), d.final().toString('hex')]; });
t('unwrap bad', () => { const d = crypto.createDecipheriv('id-aes128-wrap', kek, iv); return [d.update(Buffer.alloc(24)).toString('hex'), d.final().toString('hex')]; });
t('aes128-wrap alias', () => crypto.createCipheriv('aes128-wrap', kek, iv).update(pt).toString('hex'));
t('aes256-wrap', () => crypto.createCipheriv('aes256-wrap', Buffer.alloc(32), iv).update(pt).toString('hex'));
t('wrap stream', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); c.end(pt); return c.read().toString('hex'); });
t('wrap setAutoPadding', () => crypto.createCipheriv('id-aes128-wrap', kek, iv).setAutoPadding(false) !== undefined);
t('wrap getAuthTag', () => { const c = crypto.createCipheriv('id-aes128-wrap', kek, iv); c.final(); return c.getAuthTag(); });
for (const c of ['aes128-wrap', 'id-aes192-wrap', 'ID-AES256-WRAP', 'aes256-wrap']) console.log(c, JSON.stringify(crypto.getCipherInfo(c)), JSON.stringify(crypto.getCipherInfo(c, { ivLength: 8 })), JSON.stringify(crypto.getCipherInfo(c, { ivLength: 12 })));
console.log(crypto.getCipherInfo(788), crypto.getCiphers().filter((c) => c.includes('wrap') && !c.includes('pad') && !c.includes('des') && !c.includes('CMS')));
