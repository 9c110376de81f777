'use strict';
const EventEmitter = require('events');
const { once, on, addAbortListener } = require('events');
const log = (...a) => console.log(...a);
(async () => {
  const e = new EventEmitter();
  setImmediate(() => e.emit('go', 1, 2));
  log('once', await once(e, 'go'));
  setImmediate(() => e.emit('error', new Error('bad')));
  try { await once(e, 'go'); } catch (err) { log('once err', err.message); }
  log(e.listenerCount('go'), e.listenerCount('error'));
  setImmediate(() => e.emit('error', new Error('direct')));
  log('once error', (await once(e, 'error'))[0].message);
  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (err) { log('abort', err.name, err.code, err.message, err.cause && err.cause.name); }
  log(e.listenerCount('never'), e.listenerCount('error'));
  try { await once(e, 'x', { signal: AbortSignal.abort('why') }); } catch (err) { log('pre-aborted', err.name, err.code, err.cause); }
  for (const bad of [1, null, 'x']) {
    try { await once(e, 'x', { signal: bad }); } catch (err) { log('bad signal', err.name, err.code, err.message); }
  }
  // EventTarget
  const et = new EventTarget();
  setImmediate(() => et.dispatchEvent(new Event('ping')));
  const [ev] = await once(et, 'ping');
  log('et once', ev.type, ev instanceof Event);

  // on
  const e2 = new EventEmitter();
  setImmediate(() => { e2.emit('d', 1); e2.emit('d', 2); e2.emit('d', 3); });
  const got = [];
  for await (const v of on(e2, 'd')) { got.push(v); if (got.length === 3) break; }
  log('on', got, e2.listenerCount('d'), e2.listenerCount('error'));
  const e3 = new EventEmitter();
  setImmediate(() => { e3.emit('d', 'a'); e3.emit('error', new Error('iter err')); });
  try { for await (const v of on(e3, 'd')) log('v', v); } catch (err) { log('on err', err.message); }
  const ac2 = new AbortController();
  const e4 = new EventEmitter();
  setImmediate(() => { e4.emit('d', 1); ac2.abort(); });
  try { for await (const v of on(e4, 'd', { signal: ac2.signal })) log('v4', v); } catch (err) { log('on abort', err.name, err.code); }
  try { on(e4, 'd', { signal: AbortSignal.abort() }); } catch (err) { log('on pre', err.name, err.code); }
  const e5 = new EventEmitter();
  setImmediate(() => { e5.emit('d', 1); e5.emit('d', 2); e5.emit('end'); e5.emit('d', 3); });
  const got5 = [];
  for await (const v of on(e5, 'd', { close: ['end'] })) got5.push(v);
  log('close', got5);
  const it = on(new EventEmitter(), 'x');
  log(typeof it.next, typeof it.return, typeof it.throw, typeof it[Symbol.asyncIterator]);
  log(await it.return());
  // captureRejections
  const cr = new EventEmitter({ captureRejections: true });
  cr.on('ev', async () => { throw new Error('rejected'); });
  cr.on('error', (err) => log('captured', err.message));
  cr.emit('ev');
  await new Promise((r) => setTimeout(r, 10));
  const cr2 = new EventEmitter({ captureRejections: true });
  cr2[Symbol.for('nodejs.rejection')] = (err, type, ...args) => log('rejection symbol', err.message, type, args);
  cr2.on('ev', async () => { throw new Error('r2'); });
  cr2.emit('ev', 7, 8);
  await new Promise((r) => setTimeout(r, 10));
  // addAbortListener
  if (typeof addAbortListener === 'function') {
    const ac3 = new AbortController();
    const disp = addAbortListener(ac3.signal, (ev) => log('abort listener', ev.type));
    log(typeof disp, typeof disp[Symbol.dispose]);
    ac3.abort();
    try { addAbortListener(1, () => {}); } catch (err) { log(err.code, err.message); }
    try { addAbortListener(ac3.signal, 1); } catch (err) { log(err.code, err.message); }
  }
})();
