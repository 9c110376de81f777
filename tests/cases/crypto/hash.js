// Hashes, HMACs, PBKDF2 and random helpers against node's known answers and error shapes.
const crypto = require('crypto');
// Async results are printed sorted at exit: their order is the thread pool's in node.
const late = [];
process.on('exit', () => console.log(late.sort().join('\n')));
const inputs = ['', 'abc', 'héllo wörld', 'x'.repeat(1000), Buffer.from([0, 1, 2, 255])];
for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1', 'sha512-256']) {
  for (const input of inputs) console.log(alg, crypto.createHash(alg).update(input).digest('hex'));
  console.log(alg, 'base64', crypto.createHash(alg).update('a').update('b').digest('base64'));
  console.log(alg, 'hmac', crypto.createHmac(alg.replace('RSA-', ''), 'key').update('data').digest('hex'));
}
console.log(crypto.createHash('sha256').update('héllo', 'latin1').digest('hex'));
console.log(crypto.createHash('sha256').update('68656c6c6f', 'hex').digest('base64url'));
const h = crypto.createHash('sha1').update('part1');
const copy = h.copy();
console.log(h.update('x').digest('hex'), copy.update('y').digest('hex'));
try { h.digest(); } catch (e) { console.log(e.code, e.message); }
try { h.update('z'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.name, e.message); }
try { crypto.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHash('sha1').update(5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.createHmac('sha256', Buffer.alloc(200, 1)).update('long key').digest('hex'));
const hm = crypto.createHmac('sha256', 'k'); hm.digest(); console.log(JSON.stringify(hm.digest('hex')));
console.log(crypto.pbkdf2Sync('password', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync('password', 'salt', 2, 20, 'sha1').toString('hex'));
try { crypto.pbkdf2Sync('p', 's', 1, 10, 'nope'); } catch (e) { console.log(e.code, e.message); }
crypto.pbkdf2('pw', 'salt', 10, 16, 'sha512', (err, key) => late.push(`pbkdf2 cb ${err} ${key.toString('hex')}`));
console.log(crypto.randomBytes(16).length, crypto.randomUUID().length, /^[0-9a-f-]{36}$/.test(crypto.randomUUID()), crypto.randomUUID()[14]);
const n = crypto.randomInt(10); console.log(n >= 0 && n < 10, Number.isInteger(crypto.randomInt(5, 7)));
try { crypto.randomInt(5, 5); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')), crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));
try { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.getHashes().includes('sha256'), typeof globalThis.crypto.getRandomValues, globalThis.crypto.getRandomValues(new Uint8Array(4)).length);
crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((ab) => late.push(`subtle ${Buffer.from(ab).toString('hex')}`));
const hs = crypto.createHash('sha256');
hs.on('readable', () => { const d = hs.read(); if (d) console.log('stream', d.toString('hex')); });
hs.write('stream ');
hs.end('data');
crypto.randomFill(new Uint32Array(2), (err, a) => late.push(`randomFill ${err} ${a.length}`));
