// Reads larger than one host call (wasmtime returns at most 64 KiB per read) still fill the
// buffer for a regular file, positional or not, sync and callback; the file offset is kept.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_large_reads.bin');
const data = Buffer.alloc(300000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7) & 255;
fs.writeFileSync(f, data);
const fd = fs.openSync(f, 'r');
const b = Buffer.alloc(300000);
console.log('positional', fs.readSync(fd, b, 0, b.length, 0), b.equals(data));
console.log('from offset 100000', fs.readSync(fd, b, 0, 250000, 100000), b.subarray(0, 200000).equals(data.subarray(100000)));
console.log('current offset untouched', fs.readSync(fd, b, 0, 10, null), b.subarray(0, 10).equals(data.subarray(0, 10)));
console.log('sequential rest', fs.readSync(fd, b, 0, b.length, null), b.subarray(0, 299990).equals(data.subarray(10)));
console.log('at end', fs.readSync(fd, b, 0, b.length, null));
fs.read(fd, { buffer: Buffer.alloc(200000), position: 50000 }, (err, n, buf) => {
  console.log('callback', err, n, buf.equals(data.subarray(50000, 250000)));
  fs.closeSync(fd);
  console.log('readFileSync', fs.readFileSync(f).equals(data));
  fs.unlinkSync(f);
});
