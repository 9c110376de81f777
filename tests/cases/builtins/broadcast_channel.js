// BroadcastChannel: same-name channels in one process get each other's messages (never their
// own), in channel creation order; close(), ref()/unref() and the errors.
const { BroadcastChannel: BC, receiveMessageOnPort } = require('worker_threads');
const util = require('util');
const log = (...a) => console.log(...a);
const err = (label, f) => {
  try { log(label, 'ok', f()); } catch (e) { log(label, e.name, e.code, e.message); }
};

log(BC === BroadcastChannel, BroadcastChannel.length, Object.getOwnPropertyNames(BroadcastChannel.prototype));
const a = new BroadcastChannel('ch');
const b = new BroadcastChannel('ch');
const other = new BroadcastChannel('other');
const d = new BroadcastChannel('ch');
log(a.name, a instanceof EventTarget, typeof a.on, typeof a.ref, a.onmessage, util.inspect(a), util.inspect([a], { depth: 0 }));
b.onmessage = function (e) { log('b got', e.constructor.name, e.type, e.data, e.target === b, this === b, e.ports); };
d.addEventListener('message', (e) => log('d got', e.data));
other.onmessage = (e) => log('other got', e.data);
a.onmessage = (e) => log('a got its own message?', e.data);
a.postMessage(1);
a.postMessage({ n: 2, list: [new Date(0)] });
b.postMessage('from b');
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('promise'));
err('no message', () => a.postMessage());
err('function', () => a.postMessage(() => {}));
err('no name', () => new BroadcastChannel());
log(new BroadcastChannel(5).unref().name, new BroadcastChannel({}).unref().name);
const z = new BroadcastChannel('z');
log(z.close(), z.close(), util.inspect(z));
err('closed post', () => z.postMessage(1));
log(z.ref() === z, z.unref() === z);
err('name getter this', () => Object.getOwnPropertyDescriptor(BroadcastChannel.prototype, 'name').get.call({}));
log('sync done');

setImmediate(() => {
  const r = new BroadcastChannel('ch');
  r.unref();
  a.postMessage('to be read');
  log('receiveMessageOnPort', receiveMessageOnPort(r), receiveMessageOnPort(r));
  r.close();
  d.close();
  a.postMessage('after d closed');
  setImmediate(() => {
    for (const ch of [a, b, other]) ch.close();
    // A channel with a listener but unref'd does not keep the process alive.
    const last = new BroadcastChannel('last');
    last.onmessage = () => log('never');
    last.unref();
    process.on('exit', () => log('exit'));
  });
});
