// Decoders after the end of a stream: gunzip reads further gzip members and stops at zero
// padding, other bytes are a bad header; inflate and inflateRaw ignore what follows. A gzip
// trailer that does not match is an incorrect data check.
const zlib = require('zlib');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); }
};
const g = (s) => zlib.gzipSync(s);
show('members', () => zlib.gunzipSync(Buffer.concat([g('ab'), g('cd'), g('ef')])).toString());
show('zero padding', () => zlib.gunzipSync(Buffer.concat([g('ab'), Buffer.alloc(5)])).toString());
show('padding then member', () => zlib.gunzipSync(Buffer.concat([g('ab'), Buffer.alloc(2), g('cd')])).toString());
show('garbage', () => zlib.gunzipSync(Buffer.concat([g('ab'), Buffer.from('xyz')])).toString());
show('unzip members', () => zlib.unzipSync(Buffer.concat([g('ab'), g('cd')])).toString());
show('unzip garbage', () => zlib.unzipSync(Buffer.concat([g('ab'), Buffer.from('xyz')])).toString());
show('inflate trailing', () => zlib.inflateSync(Buffer.concat([zlib.deflateSync('ab'), Buffer.from('xyz')])).toString());
show('inflateRaw trailing', () => zlib.inflateRawSync(Buffer.concat([zlib.deflateRawSync('ab'), Buffer.from('xyz')])).toString());
show('bad crc', () => { const b = g('hello'); b[b.length - 6] ^= 1; return zlib.gunzipSync(b); });
show('bad crc then member', () => { const b = g('hello'); b[b.length - 6] ^= 1; return zlib.gunzipSync(Buffer.concat([b, g('x')])); });
zlib.gunzip(Buffer.concat([g('ab'), Buffer.from('xyz')]), (err) => {
  console.log('callback garbage', err.code, err.message);
  const s = zlib.createGunzip();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('end', () => console.log('stream members', Buffer.concat(out).toString()));
  const all = Buffer.concat([g('one'), g('two'), Buffer.alloc(3)]);
  for (let i = 0; i < all.length; i += 7) s.write(all.subarray(i, i + 7));
  s.end();
});
