// SharedArrayBuffer inputs are read as their bytes (hkdf salt/info, Hmac keys, secret keys, pbkdf2).
const crypto = require('crypto');
const sab = (bytes) => { const s = new SharedArrayBuffer(bytes.length); new Uint8Array(s).set(bytes); return s; };
const hex = (v) => Buffer.from(v).toString('hex');
console.log('hkdf', hex(crypto.hkdfSync('sha256', 'k', sab([1, 2]), sab([3]), 8)), hex(crypto.hkdfSync('sha256', 'k', Buffer.from([1, 2]), Buffer.from([3]), 8)));
console.log('hmac', crypto.createHmac('sha256', sab([9, 9])).update('x').digest('hex') === crypto.createHmac('sha256', Buffer.from([9, 9])).update('x').digest('hex'));
console.log('secret', crypto.createSecretKey(sab([1, 2, 3])).export().toString('hex'));
console.log('pbkdf2', crypto.pbkdf2Sync(sab([1]), sab([2]), 1, 4, 'sha1').toString('hex'), crypto.pbkdf2Sync(Buffer.from([1]), Buffer.from([2]), 1, 4, 'sha1').toString('hex'));
console.log('timingSafeEqual', (() => { try { return crypto.timingSafeEqual(sab([1]), sab([1])); } catch (e) { return e.code; } })());
