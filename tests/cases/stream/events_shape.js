// As node 20, streams start with placeholder entries for their common events (the emitter's
// "shape mode"): own keys in node's order, no own _eventsCount until a listener is added,
// eventNames() lists only events that have listeners, and inspect shows the same shape.
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const { inspect } = require('util');
const opts = { read() {}, write(c, e, cb) { cb(); } };
for (const S of [Readable, Writable, Duplex, PassThrough, Transform]) {
  const s = new S(S === PassThrough ? undefined : opts);
  const f = () => {};
  console.log(S.name, Object.keys(s).join(','), s._eventsCount, s.eventNames(), s.listenerCount('data'));
  s.on('data', f); s.on('foo', f);
  console.log(s.eventNames(), s._eventsCount, s.listenerCount('data'), s.listeners('close').length);
  s.off('data', f);
  console.log(s.eventNames(), s._eventsCount, Object.keys(s._events).length);
  s.removeAllListeners();
  console.log(s.eventNames(), s._eventsCount, inspect(s._events));
}
const p = new PassThrough();
p.on('data', () => {});
console.log(inspect(p, { depth: 0 }));
console.log(inspect(new Duplex({ allowHalfOpen: false, read() {} }), { depth: 0 }));
