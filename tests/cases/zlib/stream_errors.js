// zlib streams report zlib's reason for a bad header or first block, as node. The streams run
// one after another (node's thread pool may finish concurrent ones in any order).
const zlib = require('zlib');
const inputs = [['createGunzip', 'not gzip data'], ['createInflate', 'hello'], ['createInflateRaw', '\x07\x00'], ['createUnzip', 'zz'], ['createGunzip', '\x1f\x8b\x09\x00\x00']];
(function next() {
  const [name, input] = inputs.shift() || [];
  if (!name) return;
  const s = zlib[name]();
  s.on('error', (e) => { console.log(name, 'error', e.code, e.errno, e.message); next(); });
  s.on('data', (d) => console.log(name, 'data', d.length));
  s.on('end', () => console.log(name, 'end'));
  s.end(Buffer.from(input, 'latin1'));
})();
