// MessageChannel / MessagePort: delivery order against ticks, promises and immediates, the
// EventEmitter and EventTarget faces of a port, close on both ends, ref counting, transfer
// lists, receiveMessageOnPort and the validation errors.
const { MessageChannel: MC, MessagePort: MP, receiveMessageOnPort, markAsUntransferable } = require('worker_threads');
const util = require('util');
const log = (...a) => console.log(...a);
const err = (label, f) => {
  try { log(label, 'ok', f()); } catch (e) { log(label, e.name, e.code, e.message); }
};
const closed = (port) => new Promise((resolve) => port.once('close', resolve));

async function ordering() {
  const { port1, port2 } = new MessageChannel();
  port2.on('message', (m) => {
    log('msg', m);
    process.nextTick(() => log('tick after', m));
    Promise.resolve().then(() => log('promise after', m));
    if (m < 3) { port1.postMessage(m + 10); setImmediate(() => log('immediate from', m)); }
    if (m === 12) port2.close();
  });
  port1.on('message', () => {});
  port1.postMessage(1);
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  Promise.resolve().then(() => log('promise'));
  port1.postMessage(2);
  log('sync');
  await closed(port2);
  log('port2 closed, port1 open:', port1.hasRef());
  await closed(port1);
  log('port1 closed');
}

async function closeOrder() {
  const { port1, port2 } = new MessageChannel();
  port1.on('message', () => {});
  port2.on('close', () => log('close2'));
  port1.on('close', () => log('close1'));
  port1.postMessage('x');
  log(port1.postMessage('y'), port2.hasRef(), port1.hasRef());
  port2.close();
  log('after close', port2.hasRef(), port2.postMessage('z'), port1.postMessage('w'));
  setImmediate(() => log('immediate'));
  process.nextTick(() => log('tick'));
  await closed(port1);
}

async function faces() {
  const { port1, port2 } = new MC();
  log(MC === MessageChannel, MP === MessagePort, port1 instanceof MessagePort, port1 instanceof EventTarget);
  log(Object.keys(new MessageChannel()), Object.getOwnPropertyNames(MessagePort.prototype).sort());
  log(port1.eventNames(), port1.listenerCount('message'), port1.getMaxListeners(), port1.hasRef(), port1.onmessage);
  port1.addEventListener('message', function (e) {
    log('event', e.constructor.name, e.type, e.data, e.target === port1, this === port1, e.ports, e.origin, e.lastEventId, e.source);
  });
  log('after addEventListener', port1.hasRef());
  port1.once('message', function (...args) { log('once', args, this === port1); });
  port1.on('message', (m) => log('on', m));
  port1.onmessage = (e) => log('onmessage', e.data);
  log(port1.eventNames(), port1.listenerCount('message'));
  port2.postMessage({ a: [1, { b: new Map([[1, new Set([2])]]) }], d: new Date(0) });
  port2.postMessage('second');
  await new Promise((r) => setImmediate(r));
  log('emit', port1.emit('message', 'fake'), port1.emit('nothing', 1));
  port1.on('custom', (...a) => log('custom', a));
  port1.addEventListener('custom', (e) => log('custom event', e.constructor.name, e.detail));
  port1.emit('custom', 1, 2);
  port1.onmessage = null;
  log('onmessage null', port1.onmessage, port1.hasRef());
  port1.removeAllListeners('message');
  log('removeAll', port1.listenerCount('message'), port1.hasRef());
  port1.unref();
  log('unref', port1.hasRef());
  port1.ref();
  log('ref', port1.hasRef(), port1.ref(), port1.unref());
  port1.close();
}

async function handlers() {
  const { port1 } = new MessageChannel();
  port1.onmessage = null;
  log(port1.hasRef(), port1.onmessage, port1.listenerCount('message'));
  port1.onmessage = 5;
  log(port1.hasRef(), port1.onmessage);
  port1.onmessage = () => {};
  log(port1.hasRef(), port1.listenerCount('message'));
  port1.onmessage = undefined;
  log(port1.hasRef(), port1.onmessage, port1.listenerCount('message'));
  port1.close();
}

async function messageEvent() {
  const e = new MessageEvent('message', { data: 5, origin: 'o', lastEventId: 7, ports: [] });
  log(e.type, e.data, e.origin, e.lastEventId, e.source, e.ports, e instanceof Event, Object.keys(MessageEvent.prototype));
  const e2 = new MessageEvent('foo');
  log(e2.data, JSON.stringify(e2.origin), e2.source, e2.ports, new MessageEvent('m', { bubbles: true }).bubbles);
  err('no type', () => new MessageEvent().type);
  err('null init', () => new MessageEvent('m', null));
  err('ports number', () => new MessageEvent('m', { ports: 5 }));
  err('ports item', () => new MessageEvent('m', { ports: [1] }));
  err('source', () => new MessageEvent('m', { source: {} }));
  err('data getter', () => Object.getOwnPropertyDescriptor(MessageEvent.prototype, 'data').get.call({}));
  const { port1 } = new MessageChannel();
  const e3 = new MessageEvent('m', { source: port1, ports: new Set([port1]) });
  log(e3.source === port1, e3.ports.length, e3.ports[0] === port1);
  port1.close();
}

async function sync() {
  const { port1, port2 } = new MessageChannel();
  port2.postMessage(1);
  port2.postMessage({ x: undefined });
  port2.postMessage(undefined);
  log(receiveMessageOnPort(port1), receiveMessageOnPort(port1), receiveMessageOnPort(port1), receiveMessageOnPort(port1));
  port2.postMessage('early');
  port1.start();
  await new Promise((r) => setImmediate(r));
  log('started without listener: dropped', receiveMessageOnPort(port1));
  err('receive {}', () => receiveMessageOnPort({}));
  err('receive none', () => receiveMessageOnPort());
  err('post none', () => port2.postMessage());
  err('post fn', () => port2.postMessage(() => 1));
  err('post symbol', () => port2.postMessage(Symbol('s')));
  err('post weakmap', () => port2.postMessage(new WeakMap()));
  err('post promise', () => port2.postMessage(Promise.resolve()));
  err('transfer num', () => port2.postMessage(1, [1]));
  err('transfer str', () => port2.postMessage(1, 'x'));
  err('transfer obj', () => port2.postMessage(1, {}));
  err('transfer null', () => port2.postMessage(1, null));
  err('options.transfer 5', () => port2.postMessage(1, { transfer: 5 }));
  err('source port', () => port2.postMessage(1, [port2]));
  err('dup buffer', () => { const b = new ArrayBuffer(1); port2.postMessage(1, [b, b]); });
  err('typed array', () => port2.postMessage(1, [new Uint8Array(1)]));
  err('port not listed', () => port2.postMessage({ p: new MessageChannel().port1 }));
  err('dup port', () => { const c = new MessageChannel(); port2.postMessage(1, [c.port1, c.port1]); });
  err('closed port', () => { const c = new MessageChannel(); c.port1.close(); port2.postMessage(1, [c.port1]); });
  err('new MessagePort', () => new MessagePort());
  let n = 0;
  while (receiveMessageOnPort(port1) !== undefined) n++;
  log('queued by the ok posts', n);
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 7;
  port2.postMessage({ ab, view: new Uint8Array(ab, 1) }, [ab]);
  const got = receiveMessageOnPort(port1).message;
  log(got.ab.byteLength, got.ab === ab, new Uint8Array(got.ab)[0], got.view.buffer === got.ab, got.view.byteOffset);
  const kept = new ArrayBuffer(2);
  markAsUntransferable(kept);
  port2.postMessage(kept, [kept]);
  log('untransferable', kept.byteLength, receiveMessageOnPort(port1).message.byteLength);
  log('Buffer arrives as', util.inspect((port2.postMessage(Buffer.from('hi')), receiveMessageOnPort(port1).message)));
  log('error arrives as', (port2.postMessage(new RangeError('boom')), receiveMessageOnPort(port1).message) instanceof RangeError);
  port1.close();
  port2.close();
  await closed(port2);
  log('closed receive', receiveMessageOnPort(port1), port1.postMessage(1));
}

async function transfer() {
  const { port1, port2 } = new MessageChannel();
  const c = new MessageChannel();
  c.port1.on('close', () => log('old port closed'));
  port2.on('message', () => {});
  c.port2.on('message', () => {});
  c.port2.postMessage('queued before transfer');
  log('before', c.port1.hasRef());
  port1.on('message', (m) => {
    log('got port', m.p instanceof MessagePort, m.p === c.port1, m.p.hasRef());
    m.p.on('message', (x) => {
      log('via moved port', x);
      if (x === 'hello') { m.p.close(); port1.close(); }
    });
    c.port2.postMessage('hello');
  });
  port1.addEventListener('message', (e) => log('ports', e.ports.length, e.ports[0] === e.data.p));
  port2.postMessage({ p: c.port1 }, [c.port1]);
  log('after', c.port1.postMessage('ignored'));
  err('again', () => port2.postMessage({ p: c.port1 }, [c.port1]));
  await Promise.all([closed(port2), closed(c.port2)]);
  log('transfer done');
}

async function uncaught() {
  const { port1, port2 } = new MessageChannel();
  process.once('uncaughtException', (e) => log('uncaught', e.message));
  port2.on('message', () => {});
  port1.on('message', (m) => { if (m === 1) throw new Error('from listener'); log('next message', m); port1.close(); });
  port2.postMessage(1);
  port2.postMessage(2);
  await closed(port2);
}

(async () => {
  for (const step of [ordering, closeOrder, faces, handlers, messageEvent, sync, transfer, uncaught]) {
    log(`--- ${step.name}`);
    await step();
  }
  log('done');
})();
