const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (a, b) => console.log('x1', a, b));
e.prependListener('x', () => console.log('x0'));
e.once('x', () => console.log('once'));
console.log(e.emit('x', 1, 2), e.emit('x', 3, 4), e.emit('nothing'));
console.log(e.listenerCount('x'), e.eventNames());
try { e.emit('error', new Error('unhandled ee')); } catch (err) { console.log('thrown', err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log(err.code, err.message); }
e.on('newListener', (ev) => console.log('newListener', ev));
e.on('y', () => {});
EventEmitter.once(e, 'z').then(([v]) => console.log('once promise', v));
e.emit('z', 'zz');
class Sub extends EventEmitter {}
const s = new Sub();
s.setMaxListeners(1);
s.on('a', () => {}); s.on('a', () => {});
console.log(s.getMaxListeners(), EventEmitter.defaultMaxListeners);
