// A decompression stream given bytes after the end of its compressed stream: the data decodes,
// the readable side ends, and bytesWritten counts only the bytes the decoder used (as node's
// processCallback does with input left over).
const zlib = require('zlib');
const input = '0123456789'.repeat(4);
const trailing = Buffer.from('not valid compressed data');
const kinds = [['deflateRawSync', 'createInflateRaw'], ['deflateSync', 'createInflate'], ['brotliCompressSync', 'createBrotliDecompress'], ['deflateSync', 'createUnzip']];
const variants = [
  ['end', (s, c) => s.end(c)],
  ['write+write', (s, c) => { s.write(c); s.write(trailing); }],
  ['write+end', (s, c) => { s.write(c); s.end(trailing); }],
  ['write joined', (s, c) => s.write(Buffer.concat([c, trailing]))],
  ['end joined', (s, c) => s.end(Buffer.concat([c, trailing]))],
];
const jobs = [];
for (const [compress, create] of kinds) {
  const compressed = zlib[compress](input);
  for (const [name, variant] of variants) {
    jobs.push((next) => {
      let output = '';
      const stream = zlib[create]();
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => { output += chunk; });
      stream.on('error', (e) => { console.log(create, name, 'error', e.code); next(); });
      stream.on('end', () => {
        console.log(create, name, output === input, stream.bytesWritten === compressed.length);
        next();
      });
      variant(stream, compressed);
    });
  }
}
(function run() { const job = jobs.shift(); if (job) job(run); })();
