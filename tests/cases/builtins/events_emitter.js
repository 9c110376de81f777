'use strict';
const EventEmitter = require('events');
const { once, on, getEventListeners, setMaxListeners, getMaxListeners, errorMonitor, listenerCount } = require('events');
const log = (...a) => console.log(...a);
const show = (f) => { try { const r = f(); log('ok', typeof r === 'object' ? typeof r : r); } catch (e) { log('threw', e.name, e.code, e.message); } };

log(typeof EventEmitter, EventEmitter.EventEmitter === EventEmitter, EventEmitter.defaultMaxListeners);
log(Object.keys(require('events')).sort().join());
const e = new EventEmitter();
const order = [];
e.on('newListener', (t, l) => order.push(`new:${String(t)}:${l.name}`));
e.on('removeListener', (t, l) => order.push(`rm:${String(t)}:${l.name}`));
function a() { order.push('a'); }
function b() { order.push('b'); }
function c() { order.push('c'); }
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', function d() { order.push('d'); });
log(e.listenerCount('x'), e.listeners('x').map((f) => f.name), e.rawListeners('x').map((f) => f.name));
log(e.eventNames());
log(e.emit('x'), e.emit('x'), e.emit('nothing'));
log(order.join(' '));
order.length = 0;
e.off('x', a);
e.removeAllListeners('x');
log(order.join(' '), e.eventNames());
order.length = 0;
e.on(Symbol.for('s'), a);
log(e.eventNames());
e.removeAllListeners();
log(order.join(' '), e.eventNames(), e._eventsCount);

// arguments and this
const e2 = new EventEmitter();
e2.on('args', function (...args) { log('args', args, this === e2); });
e2.emit('args', 1, 'two', { three: 3 });
e2.emit('args');
// once with rawListeners
e2.once('r', function onceFn(v) { log('once got', v); });
const raw = e2.rawListeners('r')[0];
log(raw.name, raw.listener.name);
raw('via raw');
e2.emit('r', 'again');
log(e2.listenerCount('r'));
// listener removal during emit
const e3 = new EventEmitter();
const l1 = () => { log('l1'); e3.removeListener('z', l2); };
const l2 = () => log('l2');
e3.on('z', l1); e3.on('z', l2);
e3.emit('z'); e3.emit('z');

// errors
const e4 = new EventEmitter();
for (const v of [new Error('boom'), 'str', 42, undefined, { message: 'obj' }, null]) {
  try { e4.emit('error', v); } catch (err) { log('err', err === v, err.name, err.code, err.message, err.context === v); }
}
e4.on(errorMonitor, (er) => log('monitor', er.message));
try { e4.emit('error', new Error('mon')); } catch (err) { log('thrown after monitor', err.message); }
e4.on('error', (er) => log('handled', er.message));
log(e4.emit('error', new Error('h')));

// validation
for (const bad of [1, 'x', null, undefined, {}]) {
  show(() => e4.on('x', bad));
  show(() => e4.removeListener('x', bad));
  show(() => e4.once('x', bad));
  show(() => e4.prependListener('x', bad));
}
for (const n of [-1, NaN, '5', 5, Infinity, 0]) {
  show(() => e4.setMaxListeners(n).getMaxListeners());
  show(() => { EventEmitter.defaultMaxListeners = n; return EventEmitter.defaultMaxListeners; });
}
EventEmitter.defaultMaxListeners = 10;
show(() => new EventEmitter({ captureRejections: 'yes' }));
show(() => { EventEmitter.captureRejections = 1; });
log(EventEmitter.captureRejections);
log(EventEmitter.listenerCount(e2, 'args'), listenerCount(e2, 'args'));
log(getEventListeners(e2, 'args').length);
show(() => getEventListeners({}, 'x'));
log(getMaxListeners(e2));
setMaxListeners(3, e2);
log(getMaxListeners(e2), e2.getMaxListeners());
const et = new EventTarget();
log(getMaxListeners(et));
setMaxListeners(5, et);
log(getMaxListeners(et));
et.addEventListener('foo', function fooL() {});
log(getEventListeners(et, 'foo').map((f) => f.name));
show(() => setMaxListeners(-1));
show(() => setMaxListeners(1, {}));

// inheritance
function Sub() { EventEmitter.call(this); }
Object.setPrototypeOf(Sub.prototype, EventEmitter.prototype);
const s = new Sub();
s.on('q', (x) => log('sub', x));
s.emit('q', 1);
class K extends EventEmitter {}
const k = new K();
log(k instanceof EventEmitter, k.getMaxListeners());
log(EventEmitter.prototype.on === EventEmitter.prototype.addListener, EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
log(typeof EventEmitter.init, EventEmitter.usingDomains, EventEmitter.captureRejectionSymbol, EventEmitter.errorMonitor);
// max listeners warning
process.on('warning', (w) => log('warning', w.name, w.message, w.count, w.type, w.emitter === me));
const me = new EventEmitter();
me.setMaxListeners(2);
for (let i = 0; i < 4; i++) me.on('leak', () => {});
const me2 = new EventEmitter();
me2.setMaxListeners(1);
me2.on(Symbol('sym'), () => {}); 
const sy = Symbol('sy');
me2.on(sy, () => {}); me2.on(sy, () => {});
class MyEm extends EventEmitter {}
const me3 = new MyEm(); me3.setMaxListeners(1); me3.on('a', () => {}); me3.on('a', () => {});
// listenerCount with listener arg
const e5 = new EventEmitter();
e5.on('a', a); e5.on('a', b); e5.once('a', a);
log(e5.listenerCount('a'), e5.listenerCount('a', a), e5.listenerCount('a', c));
log(require('util').inspect(new EventEmitter(), { depth: 0 }));
