// destroy() of Duplex and Transform streams: which of end/finish/close/error fire for plain, errored, custom _destroy (swallowing, erroring, async) and pre-destroyed streams.
const { Duplex, Transform } = require('stream');
const { inherits } = require('util');
const log = (...a) => console.log(...a);
function watch(name, s) { const ev = []; for (const e of ['end', 'finish', 'close', 'error', 'prefinish']) s.on(e, (x) => ev.push(e + (x instanceof Error ? ':' + x.message : ''))); setTimeout(() => log(name, ev.join(' '), s.destroyed), 20); return ev; }
const mkD = (o) => new Duplex({ write(c, e, cb) { cb(); }, read() {}, ...o });
const mkT = (o) => new Transform({ transform(c, e, cb) {}, ...o });
for (const [k, mk] of [['D', mkD], ['T', mkT]]) {
  { const s = mk(); s.resume(); watch(k + '1', s); s.destroy(); }
  { const s = mk(); s.resume(); watch(k + '2', s); s.destroy(new Error('kaboom')); }
  { const s = mk(); s._destroy = function (err, cb) { log(k + '3 _destroy', err && err.message); cb(err); }; watch(k + '3', s); s.destroy(new Error('kaboom')); }
  { const s = mk({ destroy(err, cb) { log(k + '4 destroy opt', err && err.message); cb(); } }); s.resume(); watch(k + '4', s); s.destroy(new Error('kaboom')); }
  { const s = mk(); s.resume(); s._destroy = function (err, cb) { process.nextTick(() => { this.push(null); this.end(); cb(); }); }; watch(k + '5', s); s.destroy(); }
  { const s = mk(); s._destroy = function (err, cb) { cb(new Error('fromDestroy')); }; watch(k + '6', s); s.destroy(); }
  { const s = mk({ allowHalfOpen: true }); s.resume(); watch(k + '7', s); s.destroy(); }
  { const s = mk(); s.destroyed = true; watch(k + '8', s); s.destroy(); }
}
function MyDuplex() { log('ctor destroyed', this.destroyed); this.destroyed = false; Duplex.call(this); }
inherits(MyDuplex, Duplex); new MyDuplex();
