// A transform that pushes null from _transform: node 20 delays that write's callback a tick, so the source
// pipe pauses after two chunks and 'end' comes with the source paused.
const { Readable, Transform } = require('stream');
let loops = 5;
const src = new Readable({ highWaterMark: 16 * 1024, read() { if (loops--) this.push(Buffer.alloc(20000)); } });
const dst = new Transform({
  highWaterMark: 16 * 1024,
  transform(chunk, enc, cb) { console.log('transform', chunk.length, 'loops', loops); this.push(null); cb(); },
});
src.pipe(dst);
dst.on('data', () => console.log('data'));
dst.on('end', () => console.log('end: loops', loops, 'paused', src.isPaused(), 'flowing', src.readableFlowing));
dst.on('finish', () => console.log('finish'));
dst.on('close', () => console.log('close'));
const t = new Transform({ objectMode: true, transform(c, e, cb) { this.push(c); if (c === 2) this.push(null); cb(); } });
t.on('data', (d) => console.log('t data', d)).on('end', () => console.log('t end'));
t.on('error', (e) => console.log('t error', e.code));
t.write(1, () => console.log('cb 1'));
t.write(2, () => console.log('cb 2'));
t.write(3, () => console.log('cb 3'));
