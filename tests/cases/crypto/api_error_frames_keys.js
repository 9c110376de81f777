// Errors node raises in the public function's own frame (its C++ binding or a check in its body):
// randomInt's argument checks, randomUUID's options, pbkdf2/pbkdf2Sync/hkdfSync's digest, the
// key parsers behind createPrivateKey/createPublicKey, public/privateEncrypt/Decrypt and the
// one-shot sign/verify show that one frame ('Object.' on the module, bare and without
// '[as name]' for a destructured call), then the caller's within Error.stackTraceLimit.
const crypto = require('crypto');
const { randomInt, sign } = crypto;
const show = (l, f) => { try { f(); } catch (e) { console.log(l, e.stack.split(__filename).join('F')); } };
show('randomInt', () => crypto.randomInt(5, 1));
show('randomInt destructured', () => randomInt(5, 1));
show('randomInt max', () => crypto.randomInt(2 ** 49));
show('randomInt type', () => crypto.randomInt('a'));
show('randomUUID', () => crypto.randomUUID(1));
show('pbkdf2Sync', () => crypto.pbkdf2Sync('a', 'b', 1, 1, 'nope'));
show('pbkdf2', () => crypto.pbkdf2('a', 'b', 1, 1, 'nope', () => {}));
show('hkdfSync', () => crypto.hkdfSync('nope', 'a', 'b', 'c', 10));
show('createPrivateKey', () => crypto.createPrivateKey('x'));
show('createPublicKey asn1', () => crypto.createPublicKey('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n'));
show('publicEncrypt', () => crypto.publicEncrypt('x', Buffer.alloc(2)));
show('privateDecrypt', () => crypto.privateDecrypt('x', Buffer.alloc(2)));
show('sign', () => crypto.sign('sha256', Buffer.from('x'), 'notakey'));
show('sign destructured', () => sign('sha256', Buffer.from('x'), 'notakey'));
show('verify', () => crypto.verify('sha256', Buffer.from('x'), 'notakey', Buffer.alloc(1)));
function deep(n) { return n === 0 ? crypto.createPublicKey('x') : deep(n - 1); }
show('deep', () => deep(12));
Error.stackTraceLimit = 2;
show('limit 2', () => crypto.randomInt(5, 1));
Error.stackTraceLimit = 0;
show('limit 0', () => crypto.createPublicKey('x'));
Error.stackTraceLimit = 10;
for (const k of ['randomInt', 'sign', 'verify', 'createPublicKey', 'publicEncrypt']) console.log(k, crypto[k].name, crypto[k].length, 'prototype' in crypto[k]);
