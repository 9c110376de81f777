// EventEmitterAsyncResource members brand-check their receiver (ERR_INVALID_THIS), getters included.
const { EventEmitterAsyncResource } = require('events');
const proto = EventEmitterAsyncResource.prototype;
const probes = {
  emit: () => proto.emit('x'),
  emitDestroy: () => proto.emitDestroy(),
  asyncId: () => Reflect.get(proto, 'asyncId', {}),
  triggerAsyncId: () => Reflect.get(proto, 'triggerAsyncId', {}),
  asyncResource: () => Reflect.get(proto, 'asyncResource', {}),
  nullReceiver: () => Reflect.get(proto, 'asyncId', null),
};
for (const [name, fn] of Object.entries(probes)) {
  try { console.log(name, 'returned', fn()); } catch (e) { console.log(name, e.name, e.code, e.message); }
}
// A subclass overriding the asyncResource getter is still used by emit/asyncId.
class Sub extends EventEmitterAsyncResource {
  get asyncResource() { console.log('override read'); return super.asyncResource; }
}
const s = new Sub();
s.on('e', (v) => console.log('got', v));
s.emit('e', 1);
console.log(typeof s.asyncId, typeof s.triggerAsyncId);
