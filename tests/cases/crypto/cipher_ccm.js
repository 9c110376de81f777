// AES-CCM as node 20 (OpenSSL): RFC 3610 vectors over nonce and tag lengths, authTagLength
// required, tag/IV/key checks, plaintextLength with setAAD, one update per message, decryption
// failures reported by final, getCipherInfo/getCiphers entries.
const crypto = require('crypto');
const show = (label, f) => {
  try { const r = f(); console.log(label, r instanceof Buffer ? 'buf:' + r.toString('hex') : typeof r === 'object' && r !== null ? JSON.stringify(r) : String(r)); } catch (e) { console.log(label, '!', e.name, e.code, e.message); }
};
const k16 = Buffer.alloc(16, 1), iv = (n) => Buffer.alloc(n, 3);
const enc = (ivl, tl, pt, aad, opts = {}) => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(ivl), { authTagLength: tl }); if (aad !== undefined) c.setAAD(aad, { plaintextLength: Buffer.byteLength(pt), ...opts }); const o = Buffer.concat([c.update(pt), c.final()]); return o.toString('hex') + ':' + c.getAuthTag().toString('hex'); };
for (const ivl of [7, 8, 11, 12, 13]) for (const tl of [4, 6, 10, 16]) show(`enc ${ivl} ${tl}`, () => enc(ivl, tl, 'hello world, this is ccm!', Buffer.from('header')));
show('enc no aad', () => enc(12, 16, 'hello', undefined));
show('enc empty aad', () => enc(12, 16, 'hello', Buffer.alloc(0)));
show('enc long aad', () => enc(12, 8, 'hello', Buffer.alloc(70000, 7)));
show('enc empty pt', () => enc(12, 16, '', Buffer.from('aad')));
show('enc empty no update', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 16 }); c.final(); return c.getAuthTag(); });
show('enc empty update', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 16 }); c.update(''); c.final(); return c.getAuthTag(); });
show('taglen 3', () => crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 3 }));
show('taglen 18', () => crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 18 }));
show('taglen 7', () => crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 7 }));
show('iv 15', () => crypto.createCipheriv('aes-128-ccm', k16, iv(15), { authTagLength: 8 }));
show('iv 0', () => crypto.createCipheriv('aes-128-ccm', k16, iv(0), { authTagLength: 8 }));
show('key bad', () => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(15), iv(12), { authTagLength: 8 }));
show('iv13 too long msg', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(13), { authTagLength: 8 }); c.setAAD(Buffer.alloc(1), { plaintextLength: 65536 }); });
show('iv13 too long update', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(13), { authTagLength: 8 }); return c.update(Buffer.alloc(65536)).length; });
show('setAAD twice', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); c.setAAD(Buffer.alloc(1), { plaintextLength: 2 }); c.setAAD(Buffer.alloc(1), { plaintextLength: 2 }); return c.update('ab'); });
show('setAAD after update', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); c.update('ab'); c.setAAD(Buffer.alloc(1), { plaintextLength: 2 }); });
show('getAuthTag before final', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); c.update('ab'); return c.getAuthTag(); });
const ct = (() => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); c.setAAD(Buffer.from('A'), { plaintextLength: 5 }); const o = Buffer.concat([c.update('hello'), c.final()]); return [o, c.getAuthTag()]; })();
const dec = (f) => { const d = crypto.createDecipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); return f(d); };
show('dec ok', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); const o = d.update(ct[0]); return o.toString() + '|' + d.final().length; }));
show('dec ok tag after aad', () => dec((d) => { d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); d.setAuthTag(ct[1]); const o = d.update(ct[0]); return o.toString() + '|' + d.final().length; }));
show('dec wrong aad', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('B'), { plaintextLength: 5 }); const o = d.update(ct[0]); return o.toString('hex') + '|' + d.final().length; }));
show('dec wrong aad update only', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('B'), { plaintextLength: 5 }); return d.update(ct[0]); }));
show('dec no tag', () => dec((d) => { d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); return d.update(ct[0]); }));
show('dec no tag final', () => dec((d) => { d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); d.update(ct[0]); return d.final(); }));
show('dec tag len wrong', () => dec((d) => d.setAuthTag(Buffer.alloc(16))));
show('dec two updates', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); d.update(ct[0]); return d.update(ct[0]); }));
show('dec len mismatch', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('A'), { plaintextLength: 4 }); return d.update(ct[0]); }));
show('dec final only', () => dec((d) => d.final()));
show('dec string out', () => dec((d) => { d.setAuthTag(ct[1]); d.setAAD(Buffer.from('A'), { plaintextLength: 5 }); return d.update(ct[0], undefined, 'utf8') + d.final('utf8'); }));
show('aes-256-ccm', () => { const c = crypto.createCipheriv('aes-256-ccm', Buffer.alloc(32, 9), iv(11), { authTagLength: 12 }); const o = Buffer.concat([c.update('x'.repeat(40)), c.final()]); return o.toString('hex') + ':' + c.getAuthTag().toString('hex'); });
show('id-aes192-ccm', () => { const c = crypto.createCipheriv('id-aes192-ccm', Buffer.alloc(24, 9), iv(11), { authTagLength: 12 }); const o = Buffer.concat([c.update('x'.repeat(40)), c.final()]); return o.toString('hex') + ':' + c.getAuthTag().toString('hex'); });
show('stream', () => { const c = crypto.createCipheriv('aes-128-ccm', k16, iv(12), { authTagLength: 8 }); c.end('abc'); return c.read().toString('hex') + ':' + c.getAuthTag().toString('hex'); });
show('names', () => crypto.getCiphers().filter((n) => /^(aes|id-aes).*ccm/i.test(n)).join(','));
show('info', () => ['aes-128-ccm', 'aes-192-ccm', 'id-aes256-ccm'].map((n) => JSON.stringify(crypto.getCipherInfo(n))).join(' '));
show('info iv', () => [6, 7, 13, 14].map((n) => JSON.stringify(crypto.getCipherInfo('aes-128-ccm', { ivLength: n }))).join(' '));
