// Legacy Stream#pipe's error handler counts listeners with the static EE.listenerCount, so it works
// with emitters whose own listenerCount is shadowed (node test-stream-pipe-without-listenerCount).
const { Stream } = require('stream');
const r = new Stream();
r.listenerCount = undefined;
const w = new Stream();
w.listenerCount = undefined;
w.on('pipe', () => {
  r.emit('error', new Error('Readable Error'));
  w.emit('error', new Error('Writable Error'));
});
r.on('error', (e) => console.log('r error', e.message));
w.on('error', (e) => console.log('w error', e.message));
r.pipe(w);
// Without its own listener the error is rethrown by the emit after the pipe's cleanup.
const a = new Stream();
const b = new Stream();
a.pipe(b);
try { a.emit('error', new Error('unhandled')); } catch (e) { console.log('thrown', e.message); }
console.log(a.listenerCount('error'), b.listenerCount('error'));
