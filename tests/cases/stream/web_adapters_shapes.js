// Readable/Writable/Duplex.toWeb accept what node's adapters accept (a _readableState object;
// write and on; both state objects) and give closed web sides for a Duplex open one way; the
// pair is { writable, readable }. Readable.toWeb pauses the stream until the web side pulls
// and keeps a no-op 'error' listener once the stream finished.
'use strict';
const { Readable, Duplex, PassThrough, Writable } = require('stream');
const t = (l, f) => { try { const r = f(); console.log(l, 'ok', r && r.constructor.name); } catch (e) { console.log(l, e.code, e.message); } };
t('Writable.toWeb(Duplex writable:false)', () => Writable.toWeb(new Duplex({ writable: false })));
t('Writable.toWeb({ write, on })', () => Writable.toWeb({ write() {}, on() {} }));
t('Writable.toWeb(Readable)', () => Writable.toWeb(new Readable()));
t('Readable.toWeb(Writable)', () => Readable.toWeb(new Writable()));
t('Readable.toWeb({ pipe, on })', () => Readable.toWeb({ pipe() {}, on() {} }));
t('Readable.toWeb(Duplex readable:false)', () => Readable.toWeb(new Duplex({ readable: false })));
t('Duplex.toWeb(Readable)', () => Duplex.toWeb(new Readable()));
t('Duplex.toWeb(state objects)', () => Duplex.toWeb({ _readableState: {}, _writableState: {} }));
console.log(Object.keys(Duplex.toWeb(new PassThrough())));
const p = Duplex.toWeb(new PassThrough({ writable: false }));
p.writable.getWriter().closed.then(() => console.log('writable side closed'));
const p2 = Duplex.toWeb(new PassThrough({ readable: false }));
p2.readable.getReader().closed.then(() => console.log('readable side closed'));

let n = 0;
const r = new Readable({ highWaterMark: 4096, read() { n++; if (n < 50) this.push(Buffer.alloc(1000)); } });
r.on('pause', () => console.log('pause', n));
r.on('resume', () => console.log('resume', n));
const ws = Readable.toWeb(r);
console.log('flowing', r.readableFlowing, 'error listeners', r.listenerCount('error'));
const later = (f) => setImmediate(() => setImmediate(f));
later(() => {
  console.log('reads before backpressure', n);
  r.destroy(new Error('boom'));
  ws.getReader().closed.catch((e) => {
    console.log('web side errored', e.message, 'error listeners', r.listenerCount('error'));
  });
});
