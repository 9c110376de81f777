// Trailer failures named as zlib does: a zlib stream's Adler-32 ('incorrect data check'), a gzip
// member's CRC-32 ('incorrect data check') or length ('incorrect length check'), and a gzip
// trailer cut short ('unexpected end of file'), in the sync and callback forms.
const z = require('zlib');
const show = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.code, e.errno, e.message); } };
const adler = z.deflateSync('hello world hello world');
adler[adler.length - 1] ^= 1;
show('adler', () => z.inflateSync(adler));
show('unzip adler', () => z.unzipSync(adler));
for (const cut of [1, 4, 7, 8]) {
  const t = z.gzipSync('some text here');
  show('gzip cut ' + cut, () => z.gunzipSync(t.subarray(0, t.length - cut)));
}
const crc = z.gzipSync('abc');
crc[crc.length - 8] ^= 1;
show('gzip crc', () => z.gunzipSync(crc));
show('unzip crc', () => z.unzipSync(crc));
const len = z.gzipSync('abc');
len[len.length - 1] ^= 1;
show('gzip length', () => z.gunzipSync(len));
const named = z.gzipSync('abc');
show('trailer intact', () => z.gunzipSync(named).toString());
z.inflate(adler, (e) => {
  console.log('callback adler', e.code, e.message);
  z.gunzip(len, (e2) => console.log('callback length', e2.code, e2.message));
});
