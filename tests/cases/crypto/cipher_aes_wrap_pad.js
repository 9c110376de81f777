// id-aesNNN-wrap-pad ciphers (RFC 5649 key wrap with padding, vectors from the RFC) as node's
// OpenSSL: one-block and multi-block forms, integrity failures, empty input, IV length, info.
const crypto = require('crypto');
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, 'THROW', e.name, e.code, e.message); } };
// RFC 5649 vectors
const kek = Buffer.from('5840df6e29b02af1ab493b705bf16ea1ae8338f4dcc176a8', 'hex');
const iv = Buffer.from('a65959a6', 'hex');
const w = (k, i, d) => { const c = crypto.createCipheriv('id-aes192-wrap-pad', k, i); return Buffer.concat([c.update(d), c.final()]).toString('hex'); };
const u = (k, i, d) => { const c = crypto.createDecipheriv('id-aes192-wrap-pad', k, i); return Buffer.concat([c.update(d), c.final()]).toString('hex'); };
t('20 bytes', () => w(kek, iv, Buffer.from('c37b7e6492584340bed12207808941155068f738', 'hex')));
t('7 bytes', () => w(kek, iv, Buffer.from('466f7250617369', 'hex')));
t('unwrap 20', () => u(kek, iv, Buffer.from(w(kek, iv, Buffer.from('c37b7e6492584340bed12207808941155068f738', 'hex')), 'hex')));
t('unwrap 7', () => u(kek, iv, Buffer.from(w(kek, iv, Buffer.from('466f7250617369', 'hex')), 'hex')));
t('unwrap bad', () => u(kek, iv, Buffer.alloc(24)));
t('unwrap bad 16', () => u(kek, iv, Buffer.alloc(16)));
t('other iv', () => w(kek, Buffer.from('01020304', 'hex'), Buffer.from('466f7250617369', 'hex')));
t('unwrap wrong iv', () => u(kek, Buffer.from('01020304', 'hex'), Buffer.from(w(kek, iv, Buffer.from('466f7250617369', 'hex')), 'hex')));
t('empty', () => w(kek, iv, Buffer.alloc(0)));
t('8 bytes', () => w(kek, iv, Buffer.alloc(8, 1)));
t('iv 8', () => crypto.createCipheriv('id-aes192-wrap-pad', kek, Buffer.alloc(8)));
t('aes128 16', () => w(Buffer.alloc(16, 3), iv, Buffer.alloc(16, 5)));
t('info', () => JSON.stringify(crypto.getCipherInfo('id-aes128-wrap-pad')));
