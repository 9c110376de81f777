// Transform (transform/flush, backpressure through the readable side), PassThrough, Duplex
// allowHalfOpen and readable:false/writable:false, _construct ordering, util.inherits style.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');
const util = require('util');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));
function watch(name, s) {
  for (const e of ['end', 'prefinish', 'finish', 'close', 'error']) s.on(e, (x) => log(name, e, (x && x.message) || ''));
}

async function main() {
  {
    const t = new Transform({
      transform(chunk, enc, cb) { log('transform', chunk.toString(), enc); cb(null, chunk.toString().toUpperCase()); },
      flush(cb) { log('flush'); cb(null, '!'); },
    });
    watch('T', t);
    t.on('data', (d) => log('T data', d.toString()));
    t.write('abc');
    t.write('def', () => log('write cb def'));
    t.end('g');
    await new Promise((r) => t.on('close', r));
  }
  {
    const t = new Transform({ objectMode: true, highWaterMark: 2, transform(c, e, cb) { this.push(c); this.push(c * 10); cb(); } });
    for (let i = 1; i <= 4; i++) log('T2 write', i, t.write(i), t.readableLength, t.writableLength);
    await tick();
    log('T2 read', t.read(), t.read(), t.read(), t.readableLength, t.writableLength);
    t.end();
    t.on('data', (d) => log('T2 data', d));
    await new Promise((r) => t.on('end', r));
  }
  {
    const t = new Transform({ transform(c, e, cb) { cb(new Error('bad chunk')); } });
    watch('T3', t);
    t.write('x', (err) => log('T3 write cb', err && err.message));
    await tick(); await tick();
  }
  {
    const t = new Transform();
    t.on('error', (e) => log('T4', e.code, e.message));
    try { t.write('x'); } catch (e) { log('T4 threw', e.code, e.message); }
    await tick();
  }
  {
    const p = new PassThrough({ objectMode: true });
    watch('P', p);
    p.end({ a: 1 });
    p.on('data', (d) => log('P data', d));
    await new Promise((r) => p.on('close', r));
  }
  {
    const d = new Duplex({
      allowHalfOpen: false,
      read() {},
      write(c, e, cb) { log('D write', c.toString()); cb(); },
    });
    watch('D', d);
    d.resume();
    d.write('hi');
    d.push('bye');
    d.push(null);
    await new Promise((r) => d.on('close', r));
    log('D state', d.writableEnded, d.writableFinished, d.readableEnded, d.destroyed, d.allowHalfOpen);
  }
  {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    watch('D2', d);
    d.resume();
    d.push(null);
    await tick(); await tick();
    log('D2 half open', d.writable, d.destroyed);
    d.end();
    await new Promise((r) => d.on('close', r));
  }
  {
    const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
    log('D3', d.readable, d.writable, d.readableEnded);
    const d2 = new Duplex({ writable: false, read() {} });
    log('D3b', d2.readable, d2.writable, d2.writableFinished);
    const d3 = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7 });
    log('D3c', d3.readableObjectMode, d3.writableObjectMode, d3.readableHighWaterMark, d3.writableHighWaterMark);
  }
  {
    const order = [];
    const s = new Duplex({
      construct(cb) { log('construct'); setImmediate(() => { log('constructed'); cb(); }); },
      read() { log('read after construct'); this.push('data'); this.push(null); },
      write(c, e, cb) { log('write after construct', c.toString()); cb(); },
      final(cb) { log('final'); cb(); },
    });
    watch('C', s);
    s.write('early');
    s.end();
    s.on('data', (d) => log('C data', d.toString()));
    log('sync done');
    await new Promise((r) => s.on('close', r));
  }
  {
    const s = new Readable({ construct(cb) { cb(new Error('construct failed')); }, read() { log('never'); } });
    watch('C2', s);
    s.resume();
    await tick(); await tick();
  }
  {
    function MyWritable(opts) { Writable.call(this, opts); this.got = []; }
    util.inherits(MyWritable, Writable);
    MyWritable.prototype._write = function (c, e, cb) { this.got.push(c.toString()); cb(); };
    const w = new MyWritable();
    w.write('a'); w.end('b');
    w.on('finish', () => log('inherits', w.got, w instanceof Writable, w instanceof Readable));
    class MyReadable extends Readable { _read() { this.push('cls'); this.push(null); } }
    const r = new MyReadable();
    r.on('data', (d) => log('class data', d.toString()));
    log('Readable() without new', Readable() instanceof Readable, Duplex() instanceof Writable, new PassThrough() instanceof Transform);
    await tick();
  }
}
main();
