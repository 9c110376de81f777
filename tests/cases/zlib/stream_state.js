// zlib streams: node's state fields (_closed, _handle after destroy, _level, _strategy,
// _chunkSize, flush flags), params() validation, flush() queued behind writes, non-object
// options, crc32 argument checks and maxOutputLength in the one-shot forms.
const zlib = require('zlib');
const show = (label, f) => {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
for (const args of [['test'], [-Infinity], [Infinity], [-2], [10], [0, 'test'], [0, -Infinity], [0, 5]]) {
  show('params ' + args.join(' '), () => new zlib.Deflate().params(...args));
}
const d = zlib.createDeflate({ level: 3, strategy: 1, chunkSize: 100 });
console.log('fields', d._level, d._strategy, d._chunkSize, d._defaultFlushFlag, d._finishFlushFlag,
  d._defaultFullFlushFlag, d._maxOutputLength, d._closed);
console.log('number options', zlib.deflateSync('a', 5).length > 0, zlib.createGunzip(15)._closed);
{
  const g = zlib.createGzip();
  g.on('close', () => console.log('close event'));
  g.destroy();
  console.log('destroyed', g._handle, g._closed);
  g.flush(() => console.log('flush after destroy'));
}
{
  const u = zlib.createGunzip();
  u.on('error', (e) => {
    console.log('error', e.code, e.message, u._closed, u.destroyed);
    u.close();
  });
  u.write('something invalid');
}
{
  const order = [];
  const z = zlib.createDeflate();
  z.on('data', () => {});
  z.write('abc', () => order.push('write'));
  z.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    order.push('flush');
    z.params(7, 2, () => {
      console.log('order', order.join(), 'params', z._level, z._strategy, z.bytesWritten);
      z.end();
    });
  });
}
{
  const gz = zlib.Gzip();
  let n = 0;
  gz.on('data', (c) => { n += c.length; });
  gz.on('end', () => console.log('zero byte gzip', n > 0));
  gz.write(Buffer.alloc(0));
  gz.end();
}
show('crc32', () => [zlib.crc32('hello'), zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32(new Uint16Array([1, 2]))].join());
show('crc32 number', () => zlib.crc32(1));
show('crc32 ArrayBuffer', () => zlib.crc32(new ArrayBuffer(2)));
show('crc32 negative', () => zlib.crc32('a', -1));
show('crc32 fraction', () => zlib.crc32('a', 1.5));
show('crc32 string value', () => zlib.crc32('a', 'b'));
const big = zlib.deflateSync(Buffer.alloc(1000));
show('maxOutputLength sync', () => zlib.inflateSync(big, { maxOutputLength: 10 }));
show('maxOutputLength ok', () => zlib.inflateSync(big, { maxOutputLength: 1000 }).length);
zlib.inflate(big, { maxOutputLength: 10 }, (err, res) => console.log('maxOutputLength cb', err.name, err.code, err.message, res));
