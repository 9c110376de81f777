// The frames node shows below a listener: `<Type>.emit` at node's places (one listener, a
// listener list, a once wrapper), named by the emitter's type; process._fatalException below an
// uncaughtException listener.
const { EventEmitter } = require('events');
const nodeFrames = (e) => e.stack.split('\n').filter((l) => l.includes('(node:')).join('\n');
class Store extends EventEmitter {}
const s = new Store();
s.on('one', function onOne() { console.log(nodeFrames(new Error('one'))); });
s.emit('one');
s.once('once', function () { console.log(nodeFrames(new Error('once'))); });
s.emit('once');
s.on('list', () => {});
s.on('list', function onList() { console.log(nodeFrames(new Error('list'))); });
s.emit('list');
const e = new EventEmitter();
e.on('x', function () { console.log(nodeFrames(new Error('plain'))); });
e.emit('x');
process.on('uncaughtException', function onUncaught(err) {
  console.log(err.message);
  console.log(nodeFrames(new Error('in handler')));
});
throw new Error('thrown');
