// A pipe's drain handler resumes the source when the 'data'-listening bit is set, as node 20's
// (removeAllListeners('data') leaves the bit set, so the source still resumes).
const { Readable, Writable } = require('stream');
let i = 0;
const r = new Readable({ highWaterMark: 1, objectMode: true, read() { if (i < 5) this.push(i++); } });
let pending;
const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { console.log('write', c); pending = cb; } });
r.on('pause', () => console.log('pause event'));
r.on('resume', () => console.log('resume event'));
r.pipe(w);
setTimeout(() => {
  r.removeAllListeners('data');
  console.log('before drain', r.readableFlowing, r.isPaused(), r.listenerCount('data'));
  pending();
  setTimeout(() => console.log('after drain', r.readableFlowing, r.isPaused(), r.readableLength), 5);
}, 5);
