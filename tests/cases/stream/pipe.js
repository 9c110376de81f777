// Readable.prototype.pipe: backpressure through drain, pipe/unpipe events, multiple
// destinations, end:false, error on the destination, and the legacy Stream#pipe.
const { Readable, Writable, PassThrough, Stream } = require('stream');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));

function slowWriter(name, hwm, delay = true) {
  const w = new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) { log(name, 'write', chunk.toString()); if (delay) setImmediate(cb); else cb(); },
  });
  for (const e of ['drain', 'finish', 'close', 'pipe', 'unpipe']) w.on(e, () => log(name, e));
  return w;
}

async function main() {
  {
    const chunks = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'];
    const r = new Readable({ highWaterMark: 4, read() { const c = chunks.shift(); log('src read ->', c || null); this.push(c ? Buffer.from(c) : null); } });
    for (const e of ['pause', 'resume', 'end', 'close']) r.on(e, () => log('src', e));
    const w = slowWriter('W', 6);
    log('pipe returns dest', r.pipe(w) === w);
    await new Promise((res) => w.on('close', res));
  }
  {
    const r = new Readable({ objectMode: true, read() {} });
    const a = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { log('A', c); setImmediate(cb); } });
    const b = new Writable({ objectMode: true, write(c, e, cb) { log('B', c); cb(); } });
    for (const [n, s] of [['A', a], ['B', b]]) for (const e of ['drain', 'finish', 'pipe', 'unpipe']) s.on(e, () => log(n, e));
    r.pipe(a); r.pipe(b);
    r.push(1); r.push(2); r.push(3);
    await tick(); await tick();
    r.unpipe(b);
    r.push(4);
    await tick(); await tick();
    r.unpipe();
    log('flowing after unpipe', r.readableFlowing, r._readableState.pipes.length);
    r.push(null);
    await tick();
  }
  {
    const r = Readable.from(['x', 'y']);
    const w = new PassThrough({ objectMode: true });
    w.on('finish', () => log('end:false dest finished?!'));
    r.pipe(w, { end: false });
    r.on('end', () => { log('src end, dest writable', w.writable, w.writableEnded); w.end(); });
    w.on('data', (d) => log('pt data', d));
    await new Promise((res) => w.on('close', res));
  }
  {
    const r = new Readable({ objectMode: true, read() {} });
    const w = new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('dest failed')); } });
    w.on('error', (e) => log('dest error', e.message, 'pipes left', r._readableState.pipes.length));
    w.on('unpipe', () => log('unpiped on error'));
    r.pipe(w);
    r.push('z');
    await tick(); await tick();
    log('src paused', r.isPaused(), r.destroyed);
  }
  {
    const legacy = new Stream();
    legacy.readable = true;
    const w = new Writable({ write(c, e, cb) { log('legacy got', c.toString()); cb(); } });
    w.on('pipe', (src) => log('pipe event from legacy', src === legacy));
    w.on('finish', () => log('legacy dest finish'));
    legacy.pipe(w);
    legacy.emit('data', 'one');
    legacy.emit('data', Buffer.from('two'));
    legacy.emit('end');
    await tick();
  }
  {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log('writable pipe error', e.code, e.message));
    w.pipe(new PassThrough());
    await tick();
  }
}
main();
