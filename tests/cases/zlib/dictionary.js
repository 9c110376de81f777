// Preset dictionaries: deflate declares the dictionary (FDICT and its Adler-32), inflate and unzip
// report Missing/Bad dictionary (Z_NEED_DICT) and round-trip with it, in sync, callback and
// stream forms; an empty dictionary is none.
const z = require('zlib'); const d = Buffer.from('hello');
const show = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.name, e.code, e.errno, e.message); } };
const c = z.deflateSync('hello hello hello', { dictionary: d });
show('header', () => c.subarray(0, 6).toString('hex').slice(0, 2) + ' fdict ' + ((c[1] & 0x20) !== 0) + ' check ' + ((c[0] * 256 + c[1]) % 31) + ' id ' + c.readUInt32BE(2));
show('missing', () => z.inflateSync(c));
show('bad', () => z.inflateSync(c, { dictionary: Buffer.from('x') }));
show('unzip missing', () => z.unzipSync(c));
show('roundtrip', () => z.inflateSync(c, { dictionary: d }).toString());
show('unzip roundtrip', () => z.unzipSync(c, { dictionary: new Uint8Array(d) }).toString());
show('unneeded dict', () => z.inflateSync(z.deflateSync('abc'), { dictionary: d }).toString());
show('empty dict', () => z.deflateSync('abc', { dictionary: Buffer.alloc(0) }).subarray(0, 2).toString('hex'));
show('ab dict', () => (z.deflateSync('abc', { dictionary: new ArrayBuffer(3) })[1] & 0x20) !== 0);
show('raw', () => z.inflateRawSync(z.deflateRawSync('abc', { dictionary: d }), { dictionary: d }).toString());
for (const level of [1, 6, 9]) show('level ' + level, () => { const o = z.deflateSync('abc', { level, dictionary: d }); return (o[0] * 256 + o[1]) % 31 + ' ' + z.inflateSync(o, { dictionary: d }); });
z.inflate(c, (e) => {
  console.log('cb', e.code, e.errno, e.message);
  const s = z.createDeflate({ dictionary: d }); const parts = [];
  s.on('data', (p) => parts.push(p));
  s.on('end', () => {
    const all = Buffer.concat(parts);
    show('stream header', () => ((all[1] & 0x20) !== 0) + ' ' + all.readUInt32BE(2));
    show('stream roundtrip', () => z.inflateSync(all, { dictionary: d }).toString());
    show('stream missing', () => z.inflateSync(all));
  });
  s.write('hello '); s.end('world');
});
