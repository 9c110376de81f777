// A zlib stream's output reaches readers in pieces of at most chunkSize bytes (node's output
// buffer), not as one large Buffer per write.
const zlib = require('zlib');
const big = zlib.deflateSync(Buffer.alloc(100000, 'a'));
const run = (opts, label, writes) => new Promise((resolve) => {
  const s = zlib.createInflate(opts);
  const lens = [];
  s.on('data', (c) => lens.push(c.length));
  s.on('end', () => {
    const limit = (opts && opts.chunkSize) || 16384;
    console.log(label, lens.reduce((a, b) => a + b, 0), lens.every((n) => n > 0 && n <= limit), lens.length >= Math.ceil(100000 / limit));
    resolve(lens);
  });
  if (writes) { for (let i = 0; i < big.length; i += 20) s.write(big.subarray(i, i + 20)); s.end(); } else s.end(big);
});
(async () => {
  console.log('default pieces', (await run(undefined, 'default')).join());
  await run({ chunkSize: 1000 }, 'chunkSize 1000');
  await run({ chunkSize: 4096 }, 'small writes', true);
  const gz = zlib.createGzip({ chunkSize: 64 });
  let max = 0;
  gz.on('data', (c) => { max = Math.max(max, c.length); });
  gz.on('end', () => console.log('gzip pieces within 64', max <= 64));
  gz.end(require('crypto').randomBytes(5000));
})();
