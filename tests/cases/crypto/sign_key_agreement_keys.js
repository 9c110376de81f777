// sign/verify with keys that cannot sign (x25519, dh) and Ed25519 through createSign, as node 20 reports them.
const c = require('crypto');
const keys = { x25519: c.generateKeyPairSync('x25519'), ed25519: c.generateKeyPairSync('ed25519'), dh: c.generateKeyPairSync('dh', { group: 'modp5' }) };
for (const [name, { publicKey, privateKey }] of Object.entries(keys)) {
  for (const [label, f] of [
    ['createSign', () => c.createSign('sha256').update('x').sign(privateKey)],
    ['createVerify', () => c.createVerify('sha256').update('x').verify(publicKey, Buffer.alloc(64))],
    ['sign', () => c.sign(null, Buffer.from('x'), privateKey).length],
    ['verify', () => c.verify(null, Buffer.from('x'), publicKey, Buffer.alloc(64))],
    ['sign sha256', () => c.sign('sha256', Buffer.from('x'), privateKey).length],
    ['publicEncrypt', () => c.publicEncrypt(publicKey, Buffer.from('x'))],
  ]) {
    try { console.log(name, label, f()); } catch (e) { console.log(name, label, e.code, e.message); }
  }
}
