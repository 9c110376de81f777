// stream-adventure "crypt" (aes256 decipher as a stream) and "secretz" (gunzip stream part):
// encrypt and gzip in memory, then decrypt/gunzip through piped streams.
const crypto = require('crypto');
const zlib = require('zlib');
const { pipeline, PassThrough, Writable } = require('stream');
const key = crypto.createHash('sha256').update('secret passphrase').digest();
const iv = Buffer.alloc(16, 7);
const plain = 'Top secret message\n'.repeat(50);
const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
const enc = Buffer.concat([cipher.update(plain), cipher.final()]);
console.log(enc.length, enc.toString('hex').slice(0, 32));
const gz = zlib.gzipSync(enc);
const src = new PassThrough();
let out = '';
pipeline(
  src,
  zlib.createGunzip(),
  crypto.createDecipheriv('aes-256-cbc', key, iv),
  new Writable({ write(c, e, cb) { out += c; cb(); } }),
  (err) => {
    console.log('pipeline done', err, out === plain, out.length);
    const bad = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32), iv);
    bad.on('error', (e) => console.log('bad key:', e.code, e.message, e.reason));
    bad.end(enc);
    bad.resume();
  }
);
for (let i = 0; i < gz.length; i += 100) src.write(gz.subarray(i, i + 100));
src.end();
