// zlib's own semantics through the codec: dictionaries that data refers into (bytes made by
// node), a stored-block header written on the first write, decoders giving output before the
// stream ends, partial flushes, windowBits limits and their messages.
const zlib = require('zlib');
const dict = Buffer.from('the quick brown fox jumps over the lazy dog ');
const show = (label, f) => {
  try { console.log(label, String(f())); } catch (e) { console.log(label, e.code, e.errno, e.message); }
};
// Compressed by node 20 with the dictionary (the data is all back-references into it).
show('inflate dict', () => zlib.inflateSync(Buffer.from('78bb7156101a43e1a029423303005d660ffa', 'hex'), { dictionary: dict }));
show('inflateRaw dict', () => zlib.inflateRawSync(Buffer.from('43e1a02942330300', 'hex'), { dictionary: dict }));
show('inflateRaw no dict', () => zlib.inflateRawSync(Buffer.from('43e1a02942330300', 'hex')));
show('raw roundtrip', () => zlib.inflateRawSync(zlib.deflateRawSync('jumps over the lazy dog', { dictionary: dict }), { dictionary: dict }));
show('raw roundtrip size', () => zlib.deflateRawSync('the lazy dog jumps over the quick brown fox', { dictionary: dict }).length < 20);
// A 700-byte repeat is out of a 512-byte window.
let seed = 3;
const r = Buffer.alloc(700);
for (let i = 0; i < 700; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; r[i] = 97 + (seed >> 16) % 26; }
const data = Buffer.concat([r, r]);
show('window 9 raw', () => zlib.inflateRawSync(zlib.deflateRawSync(data), { windowBits: 9 }).length);
show('window 9 zlib', () => zlib.inflateSync(zlib.deflateSync(data), { windowBits: 9 }).length);
show('window 0 zlib', () => zlib.inflateSync(zlib.deflateSync(data, { windowBits: 10 }), { windowBits: 0 }).length);
show('small window', () => zlib.inflateRawSync(zlib.deflateRawSync(data, { windowBits: 9, memLevel: 1 })).equals(data));
show('deflate window header', () => zlib.deflateSync('x', { windowBits: 10 })[0].toString(16));
show('gzip xfl', () => [1, 6, 9].map((level) => zlib.gzipSync('x', { level })[8]).join(','));
// The stream parts run one after another (node's thread pool may interleave concurrent ones).
const steps = [];
const next = () => { const f = steps.shift(); if (f) f(); };
// Level 0: the header goes out with the first write; a full flush gives a stored block; the end
// callback ('finish') comes before the flush's output, as node's.
steps.push(() => {
  const d = zlib.createDeflate({ level: 0 });
  const chunks = [];
  d.on('data', (c) => chunks.push(c.toString('hex')));
  d.on('end', () => { console.log('end', chunks.splice(0).join('|')); next(); });
  d.write(Buffer.from('0123456789abcdef'), () => {
    console.log('after write', chunks.splice(0).join('|'));
    d.flush(() => {
      console.log('after flush', chunks.splice(0).join('|'));
      d.end(() => console.log('after end', chunks.splice(0).join('|')));
    });
  });
});
// A decoder gives what it has before the stream ends.
steps.push(() => {
  const whole = zlib.gzipSync('A'.repeat(20000));
  const g = zlib.createGunzip();
  g.on('data', (c) => console.log('gunzip data', c.length));
  g.write(whole.subarray(0, whole.length - 8), () => { console.log('gunzip partial written'); next(); });
});
// Partial flushes end each write's data, which a decoder reads on its own.
steps.push(() => {
  const z = zlib.createDeflateRaw();
  const inflater = zlib.createInflateRaw();
  inflater.setEncoding('latin1');
  inflater.on('data', (s) => console.log('raw inflate got', s));
  for (const word of ['abc', 'def']) {
    z.write(word);
    z.flush(zlib.constants.Z_PARTIAL_FLUSH, () => {
      let c;
      while ((c = z.read()) !== null) inflater.write(c);
    });
  }
});
next();
