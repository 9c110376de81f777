// Writable: write() return values, drain, cork/uncork + _writev, _final, finish/close order,
// end callbacks and write-after-end errors.
const { Writable } = require('stream');
const log = (...a) => console.log(...a);
const closed = (s) => new Promise((r) => s.on('close', r));
function watch(name, s) {
  for (const e of ['drain', 'prefinish', 'finish', 'close', 'error']) s.on(e, (x) => log(name, e, (x && x.code) || ''));
}

async function main() {
  { // backpressure with async writes
    const w = new Writable({
      objectMode: true, highWaterMark: 3,
      write(chunk, enc, cb) { log('write', chunk, enc, 'len', this.writableLength); setImmediate(cb); },
    });
    watch('A', w);
    for (let i = 0; i < 5; i++) log('ret', i, w.write(i, () => log('cb', i)), w.writableLength, w.writableNeedDrain);
    await new Promise((r) => w.once('drain', r));
    log('after drain', w.writableLength, w.writableNeedDrain);
    log('ret', w.write('x'));
    w.end('y', () => log('end cb', w.writableFinished));
    log('ended', w.writableEnded, w.writableFinished, w.writable);
    await closed(w);
    log('final state', w.writableFinished, w.destroyed, w.closed);
  }
  { // synchronous writes, cork/uncork with _writev
    const w = new Writable({
      objectMode: true,
      write(chunk, enc, cb) { log('B write', chunk); cb(); },
      writev(chunks, cb) { log('B writev', chunks.map((c) => c.chunk)); cb(); },
      final(cb) { log('B final'); setImmediate(cb); },
    });
    watch('B', w);
    w.write(1);
    w.cork();
    w.write(2); w.write(3);
    log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
    process.nextTick(() => w.uncork());
    w.write(4, () => log('cb 4'));
    w.end(() => log('B end cb'));
    await closed(w);
  }
  { // write after end / end after finish
    const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
    watch('C', w);
    w.end();
    const err = w.write('late', (e) => log('late cb', e.code, e.message));
    log('write ret', err);
    await closed(w);
    w.end((e) => log('end after finish', e && e.code, e && e.message));
    await new Promise(setImmediate);
  }
  { // null and wrong types
    const w = new Writable({ write(c, e, cb) { cb(); } });
    try { w.write(null); } catch (e) { log(e.name, e.code, e.message); }
    try { w.write(123); } catch (e) { log(e.name, e.code, e.message); }
    try { w.write({}); } catch (e) { log(e.name, e.code, e.message); }
    const w2 = new Writable();
    w2.on('error', (e) => log('w2 error', e.code, e.message));
    try { w2.write('abc'); } catch (e) { log('threw', e.code); }
    try { w2.write({}, () => {}); } catch (e) { log('threw', e.code); }
    await new Promise(setImmediate);
  }
  { // callback errors
    const w = new Writable({ objectMode: true, write(c, e, cb) { cb(new Error('boom ' + c)); } });
    watch('D', w);
    w.write('a', (err) => log('D cb', err.message));
    w.write('b', (err) => log('D cb b', err && err.message));
    log('D errored', w.errored && w.errored.message, w.writable, w.destroyed);
    await closed(w);
    log('D after', w.destroyed, w.writableAborted, w.writableFinished);
  }
  { // multiple callback
    const w = new Writable({ objectMode: true, write(c, e, cb) { cb(); cb(); } });
    watch('E', w);
    w.write(1);
    await closed(w);
  }
  { // hwm validation and defaults
    try { new Writable({ highWaterMark: -1 }); } catch (e) { log(e.code, e.message); }
    try { new Writable({ highWaterMark: 1.5 }); } catch (e) { log(e.code, e.message); }
    const w = new Writable();
    log('defaults', w.writableHighWaterMark, w.writableObjectMode, w.writableCorked, w.writableLength, w.writable);
    log(w instanceof Writable, Object.create(w) instanceof Writable, { _writableState: w._writableState } instanceof Writable);
  }
}
main();
