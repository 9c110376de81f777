// zlib streams are byte streams whatever objectMode the options ask for, as node's: an object
// written is ERR_INVALID_ARG_TYPE from write() itself.
const zlib = require('zlib');
const g = new zlib.Gunzip({ objectMode: true });
console.log(g.readableObjectMode, g.writableObjectMode);
try {
  g.write({}, (err) => console.log('cb', err && err.code));
} catch (e) {
  console.log('throws', e.code, e.message);
}
g.on('error', (e) => console.log('error', e.code));
const d = zlib.createDeflate({ objectMode: true });
d.end('abc', () => console.log('ended'));
d.on('data', (c) => console.log('data is Buffer', Buffer.isBuffer(c)));
