// Hash, Hmac, Sign, Verify and cipher update() refuse hex text of odd length up front, as node's
// validateEncoding (ERR_INVALID_ARG_VALUE; any letter case of 'hex').
const crypto = require('crypto');
for (const [n, f] of [['hash', () => crypto.createHash('sha256').update('abc', 'hex')], ['hash HEX', () => crypto.createHash('sha256').update('abc', 'HEX')], ['hmac', () => crypto.createHmac('sha256', 'k').update('a', 'hex')], ['sign', () => crypto.createSign('sha256').update('abc', 'hex')], ['verify', () => crypto.createVerify('sha256').update('a', 'hex')], ['cipher', () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).update('abc', 'hex')], ['even', () => crypto.createHash('sha1').update('abcd', 'hex').digest('hex')]]) {
  try { const r = f(); console.log(n, typeof r === 'string' ? r : 'ok'); } catch (e) { console.log(n, e.code, e.message); }
}
