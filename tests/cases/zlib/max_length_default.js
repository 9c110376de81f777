// zlib's default maxOutputLength is buffer.kMaxLength as read when zlib is loaded (node's tests
// lower it before require('zlib') to hit the limit without huge buffers).
const buffer = require('buffer');
const old = buffer.kMaxLength;
buffer.kMaxLength = 64;
const zlib = require('zlib');
buffer.kMaxLength = old;
const encoded = Buffer.from('G38A+CXCIrFAIAM=', 'base64');
try { zlib.brotliDecompressSync(encoded); } catch (e) { console.log('sync', e.name, e.code, e.message); }
try { zlib.inflateSync(zlib.deflateSync(Buffer.alloc(100))); } catch (e) { console.log('inflate', e.code, e.message); }
try { zlib.brotliCompressSync('x', { maxOutputLength: 65 }); } catch (e) { console.log('range', e.code, e.message); }
console.log(zlib.createGzip()._maxOutputLength, zlib.brotliDecompressSync(zlib.brotliCompressSync('x'.repeat(64))).length);
zlib.brotliDecompress(encoded, (err) => console.log('async', err.name, err.code));
