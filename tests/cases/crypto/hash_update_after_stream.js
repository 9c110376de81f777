// After a Hash/Hmac stream ends (its digest pushed), update() is ignored by a Hash (digest()
// gives the pushed digest) and fails with ERR_CRYPTO_HASH_UPDATE_FAILED on an Hmac, as node's.
const crypto = require('crypto');
const show = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message, String(e));
  }
};
const ended = (h) => { h.end('x'); return h.read().toString('hex'); };
show('hash', () => { const h = crypto.createHash('sha1'); const pushed = ended(h); return [pushed, h.update('y') === h, h.digest('hex')]; });
show('hmac update', () => { const h = crypto.createHmac('sha1', 'k'); ended(h); return h.update('y'); });
show('hmac digest', () => { const h = crypto.createHmac('sha1', 'k'); ended(h); return h.digest().length; });
show('hmac bad data first', () => { const h = crypto.createHmac('sha1', 'k'); ended(h); return h.update(1); });
