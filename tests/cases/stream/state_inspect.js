// Stream states as node 20 lays them out: flags in one kState bit field behind prototype accessors, so
// console.log(stream), Object.keys(state) and the bit values match at each stage.
const { Readable, Writable, PassThrough, Duplex } = require('stream');
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { depth: 1, breakLength: 120 }));
const r = new Readable({ read() {} });
show('fresh readable', r._readableState);
console.log(Object.keys(r._readableState));
r.push('abc'); r.push('def');
show('buffered', r._readableState);
r.read(4);
show('after read(4)', r._readableState);
r.setEncoding('utf8');
show('setEncoding', r._readableState);
r.pause();
console.log('paused', r.isPaused(), r._readableState.paused, r._readableState.flowing);
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
show('fresh writable', w._writableState);
console.log(Object.keys(w._writableState));
w.write('a', () => {});
w.write('b');
w.cork();
w.write('c');
show('writing+corked', w._writableState);
w.uncork();
w.end(() => {
  show('finished', w._writableState);
  const p = new PassThrough({ objectMode: true, defaultEncoding: 'latin1' });
  p.on('data', () => {});
  p.write({ x: 1 });
  setImmediate(() => {
    console.log(p);
    const d = new Duplex({ readable: false, read() {}, write(c, e, cb) { const err = new Error('boom'); err.stack = 'Error: boom (stack elided)'; cb(err); } });
    d.on('error', (e) => { show('errored duplex', d._writableState); show('readable side', d._readableState); });
    d.write('x');
  });
});
