// A read stream's chunks are Buffers as long as what was read (a short last chunk does not keep
// the larger block: chunk.buffer is its own size, as node copies it), with the bytes of the file
// at each position, over a path, an fd's own offset, or a start/end range; readFileSync of sizes
// around its first block (8 KiB) and of a descriptor read part-way gives the exact bytes.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_read_chunks_exact.bin');
const data = Buffer.alloc(70001);
for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 255;
fs.writeFileSync(f, data);

function collect(stream, label, next) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('close', () => {
    const all = Buffer.concat(chunks);
    console.log(label, chunks.map((c) => `${c.length}/${c.buffer.byteLength}/${c.byteOffset}`).join(' '),
      Buffer.isBuffer(chunks[0]), stream.bytesRead);
    next(all);
  });
}

collect(fs.createReadStream(f, { highWaterMark: 16384 }), 'path', (all) => {
  console.log('  same bytes', all.equals(data));
  collect(fs.createReadStream(f, { start: 100, end: 40099, highWaterMark: 10000 }), 'range', (all) => {
    console.log('  same bytes', all.equals(data.subarray(100, 40100)));
    const fd = fs.openSync(f, 'r');
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, null); // moves the descriptor's offset
    collect(fs.createReadStream(null, { fd, highWaterMark: 30000 }), 'fd offset', (all) => {
      console.log('  same bytes', all.equals(data.subarray(5)));
      sizes();
    });
  });
});

function sizes() {
  for (const n of [0, 1, 8191, 8192, 8193, 65536, 70001]) {
    fs.writeFileSync(f, data.subarray(0, n));
    const b = fs.readFileSync(f);
    console.log('readFileSync', n, b.length, b.equals(data.subarray(0, n)), b.buffer.byteLength >= n);
  }
  const fd = fs.openSync(f, 'r');
  fs.readSync(fd, Buffer.alloc(1000), 0, 1000, null);
  const rest = fs.readFileSync(fd);
  console.log('readFileSync(fd) after 1000', rest.length, rest.equals(data.subarray(1000)));
  fs.closeSync(fd);
  fs.unlinkSync(f);
}
