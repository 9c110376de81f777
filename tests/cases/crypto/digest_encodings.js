// Hash/Hmac digest(encoding) as node parses it: falsy or unknown names give a Buffer, known ones
// (any case, or an object with toString) a string; a finalized Hmac gives an empty result.
const c = require('crypto');
for (const enc of [undefined, '', null, 0, 1, 'bogus', 'buffer', 'hex', 'HEX', 'ucs2', 'base64url', 'latin1', { toString: () => 'hex' }]) {
  const a = c.createHash('md5').update('x').digest(enc);
  const b = c.createHmac('md5', 'k').update('x').digest(enc);
  console.log(String(enc), Buffer.isBuffer(a) ? 'buf ' + a.toString('hex') : JSON.stringify(a), Buffer.isBuffer(b) ? 'buf ' + b.toString('hex') : JSON.stringify(b));
}
try { c.createHash('sha256').digest({ toString() { throw new Error('boom'); } }); } catch (e) { console.log(e.message); }
const h = c.createHmac('md5', 'k'); h.digest(); console.log(h.digest('hex') === '', h.digest('bogus'));
