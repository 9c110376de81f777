// A sync call's zlib error left uncaught: node's report (header `node:zlib:425 throw self[kError];`,
// which the suite does not compare) then the error with its errno and code; exit code 1.
const zlib = require('zlib');
try {
  zlib.inflateSync(zlib.deflateSync('abc'), { maxOutputLength: 1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
process.on('exit', (c) => console.log('exit', c));
zlib.gunzipSync(Buffer.from('definitely not gzip data'));
