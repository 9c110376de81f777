// A FileHandle is node's EventEmitterMixin(JSTransferable): it has the emitter's methods (copied
// onto MixedEventEmitter.prototype) and emits 'close', but is not an instanceof EventEmitter.
const fsp = require('fs').promises;
(async () => {
  const fh = await fsp.open(__filename);
  const P = Object.getPrototypeOf(Object.getPrototypeOf(fh));
  console.log(P.constructor.name, Object.getPrototypeOf(P).constructor.name, fh instanceof require('events'));
  console.log(Object.keys(fh), fh.constructor.name, typeof fh.on, fh.on === require('events').prototype.on);
  console.log(Object.getOwnPropertyNames(P).sort().join());
  fh.once('close', () => console.log('close event', fh.listenerCount('close')));
  await fh.close();
})();
