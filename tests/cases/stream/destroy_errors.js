// destroy(err) ordering, errored/destroyed getters, autoDestroy/emitClose options, push errors,
// _destroy callbacks and errors thrown from _read.
const { Readable, Writable, Duplex } = require('stream');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));
function watch(name, s) {
  for (const e of ['end', 'finish', 'close', 'error']) s.on(e, (x) => log(name, e, x ? `${x.name}/${x.code}/${x.message}` : ''));
}

async function main() {
  {
    const r = new Readable({ read() {} });
    watch('A', r);
    r.destroy(new Error('kaboom'));
    log('A sync', r.destroyed, r.errored && r.errored.message, r.readable, r.readableAborted, r.closed);
    r.destroy(new Error('second'));
    r.push('x');
    await tick();
    log('A later', r.closed, r.readableAborted, r.readableErrored);
  }
  {
    const r = new Readable({ read() {} });
    watch('B', r);
    r.destroy();
    log('B', r.destroyed, r.errored);
    await tick();
  }
  {
    const r = new Readable({ read() {}, emitClose: false });
    watch('C', r);
    r.destroy(new Error('no close'));
    await tick();
  }
  {
    const r = new Readable({ read() {}, autoDestroy: false });
    watch('D', r);
    r.push('a');
    r.push(null);
    r.resume();
    await tick();
    log('D destroyed?', r.destroyed, r.readableEnded);
    r.push('late');
    await tick();
    log('D destroyed after late push?', r.destroyed, r.errored && r.errored.code);
  }
  {
    const r = new Readable({ read() {} });
    watch('E', r);
    r.push(null);
    r.push('late');
    await tick();
  }
  {
    const r = new Readable({ read() { throw new Error('read threw'); } });
    watch('F', r);
    r.resume();
    await tick(); await tick();
  }
  {
    const r = new Readable({ read() {}, objectMode: false });
    watch('G', r);
    r.push(42);
    await tick();
  }
  {
    const r = new Readable({ read() {} });
    watch('H', r);
    r.on('end', () => log('unexpected end'));
    r.push(null);
    r.destroy();
    await tick();
    try { r.unshift('x'); } catch (e) { log('unshift threw', e.code); }
    log('unshift after destroy', r.unshift('x'));
  }
  {
    const r = new Readable({ read() {} });
    watch('I', r);
    r.push(null);
    r.resume();
    await tick();
    const r2 = new Readable({ read() {}, autoDestroy: false });
    watch('I2', r2);
    r2.push(null); r2.resume();
    await tick();
    r2.unshift('after end');
    await tick();
  }
  {
    const w = new Writable({
      write(c, e, cb) { cb(); },
      destroy(err, cb) { log('_destroy called with', err && err.message); setImmediate(() => cb(new Error('from _destroy'))); },
    });
    watch('J', w);
    w.destroy(new Error('orig'), (err) => log('destroy cb', err && err.message));
    log('J', w.destroyed, w.closed);
    await tick(); await tick();
    log('J after', w.closed, w.errored && w.errored.message);
  }
  {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    watch('K', d);
    d.write('x', (err) => log('K write cb', err && err.code));
    d.destroy();
    d.write('y', (err) => log('K write after destroy cb', err && err.code));
    d.end((err) => log('K end cb', err && err.code));
    await tick(); await tick();
    log('K', d.destroyed, d.writableAborted, d.readableAborted);
  }
  {
    const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
    watch('L', w);
    w.write('a', (err) => log('L cb a', err && err.code));
    w.write('b', (err) => log('L cb b', err && err.code));
    w.end((err) => log('L end cb', err && err.code));
    w.destroy();
    await tick(); await tick(); await tick();
  }
  {
    const r = new Readable({ read() {} });
    r.on('error', (e) => log('M error', e.message));
    r.on('close', () => log('M close'));
    r.emit('error', new Error('manual emit'));
    log('M after emit', r.destroyed);
    await tick();
  }
}
main();
