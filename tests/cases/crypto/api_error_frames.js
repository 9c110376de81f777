// Errors of crypto's public functions show node's frames in place of rjs's internal ones:
// Decipheriv/Cipheriv final and update, createCipheriv/createDecipheriv's key/iv/cipher checks,
// createHash's unknown digest, Hash digest twice / update of a number, createHmac without a key,
// Sign.sign with a bad key; timingSafeEqual's length check is node's C++ one (a RangeError with
// no code in its name line and no frame of its own). 'Object.' when called on the module.
const crypto = require('crypto');
const { createHash, timingSafeEqual } = crypto;
const show = (label, f) => {
  try {
    f();
  } catch (e) {
    const frames = e.stack.split('\n').filter((l) => !l.startsWith('    at ') || l.includes('(node:'));
    console.log(label, e.code, frames.filter((l) => !/cjs\/loader|run_main/.test(l)).join(' | '));
  }
};
show('final bad decrypt', () => { const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); d.update(Buffer.alloc(16)); d.final(); });
show('final gcm', () => crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).final('utf8'));
show('cipher final block', () => { const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); c.setAutoPadding(false); c.update('x'); c.final(); });
show('update after final', () => { const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)); c.final(); c.update('x'); });
show('key length', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(5), Buffer.alloc(16)));
show('iv length', () => crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(5)));
show('unknown cipher', () => crypto.createCipheriv('nope', Buffer.alloc(16), Buffer.alloc(16)));
show('hash digest', () => crypto.createHash('nope'));
show('hash digest destructured', () => createHash('nope'));
show('hash twice', () => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); });
show('hash update type', () => crypto.createHash('sha1').update(1));
show('hmac key', () => crypto.createHmac('sha256'));
show('sign bad key', () => crypto.createSign('sha256').update('x').sign('nope'));
show('timingSafeEqual', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)));
show('timingSafeEqual destructured', () => timingSafeEqual(Buffer.alloc(3), Buffer.alloc(2)));
try { timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); } catch (e) { console.log(e.name, Object.keys(e), String(e)); }
