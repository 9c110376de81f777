// EventEmitterAsyncResource: emits run in the async scope where the emitter was created
// (AsyncLocalStorage sees that store); options.name is validated; the resource references
// its emitter.
const { EventEmitterAsyncResource, EventEmitter } = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let ee;
als.run('creation', () => { ee = new EventEmitterAsyncResource({ name: 'E' }); });
ee.on('x', (a) => console.log('listener store', als.getStore(), a));
als.run('emit', () => ee.emit('x', 1));
ee.emit('x', 2);
console.log(ee.asyncResource.constructor.name, ee.asyncResource.eventEmitter === ee,
  typeof ee.asyncId, ee.triggerAsyncId === ee.asyncResource.triggerAsyncId());
const attempts = [
  () => new EventEmitterAsyncResource(),
  () => new EventEmitterAsyncResource({ name: 1 }),
  () => new EventEmitterAsyncResource('str').asyncResource.constructor.name,
  () => { class Sub extends EventEmitterAsyncResource {} return typeof new Sub().asyncId; },
  () => EventEmitterAsyncResource.prototype.emit.call(new EventEmitter(), 'x'),
];
for (const f of attempts) {
  try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
