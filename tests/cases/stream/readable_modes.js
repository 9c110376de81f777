// Readable paused/flowing modes, 'readable' events, read(n), pause/resume events and getters.
const { Readable } = require('stream');
const log = (...a) => console.log(...a);
const tick = () => new Promise((r) => setImmediate(r));

function watch(name, s, events = ['readable', 'end', 'close', 'pause', 'resume', 'error']) {
  for (const e of events) s.on(e, (x) => log(name, e, (x && x.code) || ''));
}
function closed(s) { return new Promise((r) => s.on('close', r)); }

async function main() {
  { // Paused mode driven by 'readable'.
    let i = 0;
    const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log('_read', i); if (i < 5) this.push(i++); else this.push(null); } });
    log('initial flowing', r.readableFlowing, r.isPaused(), r.readableHighWaterMark, r.readableObjectMode);
    r.on('readable', () => {
      let c;
      while ((c = r.read()) !== null) log('A read', c, 'len', r.readableLength);
    });
    watch('A', r);
    log('after readable listener flowing', r.readableFlowing);
    r.on('end', () => log('A ended', r.readableEnded, r.readable, r.destroyed));
    r.on('close', () => log('A closed', r.closed, r.destroyed));
    await closed(r);
  }
  { // Flowing mode via 'data', pause/resume.
    const r = new Readable({ objectMode: true, read() {} });
    watch('B', r, ['end', 'close', 'pause', 'resume']);
    r.on('data', (d) => {
      log('B data', d, r.readableFlowing);
      if (d === 2) { r.pause(); log('paused', r.isPaused()); setImmediate(() => { log('resuming'); r.resume(); }); }
    });
    log('push ret', r.push(1), r.push(2), r.push(3));
    log('len', r.readableLength, r.readableFlowing);
    await tick(); await tick();
    r.push(4); r.push(null);
    await closed(r);
  }
  { // Paused with a 'readable' listener that doesn't read.
    const r = new Readable({ objectMode: true, read() {} });
    watch('B2', r);
    r.push(1); r.push(2);
    await tick();
    r.push(3);
    await tick();
    r.push(null);
    await tick();
    log('B2 read', r.read(), r.read(), r.read(), r.read());
    await closed(r);
  }
  { // Buffering beyond the high water mark, read(0), reads after EOF.
    const r = new Readable({ objectMode: true, highWaterMark: 3, read(n) { log('C _read hwm', n); } });
    watch('C', r);
    log('push', r.push('a'), r.push('b'), r.push('c'), r.push('d'));
    log('read', r.read(), r.read(0), r.readableLength);
    r.push(null);
    log('read after eof', r.read(), r.read(), r.read());
    r.resume();
    await closed(r);
  }
  { // unshift, readableFlowing setter.
    const r = new Readable({ objectMode: true, read() {} });
    r.unshift('first');
    r.push('second');
    r.unshift('zeroth');
    log('D buffer', r.read(), r.read(), r.read(), r.read());
    r.readableFlowing = true;
    log('D flowing', r.readableFlowing, r.isPaused());
  }
  { // removing the 'readable' listener switches back to flowing when 'data' is attached.
    const r = new Readable({ objectMode: true, read() {} });
    const onReadable = () => log('E readable');
    r.on('readable', onReadable);
    r.on('data', (d) => log('E data', d));
    r.push('x');
    await tick();
    log('E flowing before', r.readableFlowing);
    r.removeListener('readable', onReadable);
    await tick();
    log('E flowing after', r.readableFlowing);
    r.push('y'); r.push(null);
    await tick();
  }
}
main();
