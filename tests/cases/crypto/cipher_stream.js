// Cipheriv/Decipheriv as Transform streams: write/end, pipe, pipeline, errors from final.
const crypto = require('crypto');
const { pipeline, Readable, Writable } = require('stream');
const key = Buffer.alloc(32, 4), iv = Buffer.alloc(16, 6);
const c = crypto.createCipheriv('aes-256-cbc', key, iv);
const chunks = [];
c.on('data', (d) => chunks.push(d));
c.on('end', () => {
  const ct = Buffer.concat(chunks);
  console.log('stream ct', ct.toString('hex'));
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  d.setEncoding('utf8');
  let out = '';
  d.on('data', (s) => { out += s; });
  d.on('end', () => console.log('stream pt', JSON.stringify(out)));
  d.write(ct.subarray(0, 10));
  d.end(ct.subarray(10));
});
c.write('hello ');
c.write(Buffer.from('stream '));
c.end('world, spanning more than one block');
console.log('sync update still works', crypto.createCipheriv('aes-256-ctr', key, iv).update('x').length);

const bad = crypto.createDecipheriv('aes-256-cbc', key, iv);
bad.on('error', (e) => console.log('stream error', e.code, e.message));
bad.on('data', () => {});
bad.end(Buffer.alloc(16, 9));

const gcm = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
const parts = [];
pipeline(Readable.from(['a', 'b', 'c'.repeat(40)]), gcm, new Writable({
  write(chunk, enc, cb) { parts.push(chunk); cb(); },
}), (err) => {
  console.log('pipeline', err, Buffer.concat(parts).toString('hex'), gcm.getAuthTag().toString('hex'));
});
