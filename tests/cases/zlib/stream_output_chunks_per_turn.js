// Each full output chunk of a zlib stream costs a loop turn, as node's thread-pool job per
// chunk does: concurrent streams end in the order of how many chunks they make, not in the
// order they were written, and timers run between the chunks of a long one.
const zlib = require('zlib');
const order = [];
function run(name, stream, input) {
  const sizes = [];
  stream.on('data', (c) => sizes.push(c.length));
  stream.on('end', () => {
    order.push(`${name}: ${sizes.length} chunks, last ${sizes[sizes.length - 1]}`);
    if (order.length === 3) report();
  });
  stream.end(input);
}
run('many small', zlib.createInflate({ chunkSize: 4096 }), zlib.deflateSync(Buffer.alloc(100000, 'abc')));
run('five', zlib.createInflate(), zlib.deflateSync(Buffer.alloc(70000, 1)));
run('two', zlib.createGunzip(), zlib.gzipSync(Buffer.alloc(20000, 'x')));
let ticks = 0;
const iv = setInterval(() => { ticks++; }, 0);
// (Reported once the three have ended, not after a fixed delay, which a loaded machine outran.)
function report() {
  clearInterval(iv);
  console.log(order.join('\n'));
  console.log('timer ran between chunks:', ticks > 1);
}
