// Internal abort listeners (EventTarget's `signal` option, events.once/on, addAbortListener,
// timers/promises, AbortSignal.any) run even when a user listener stopped the abort event's
// propagation; user listeners after a stopImmediatePropagation do not, passive ones included.
const events = require('events');
const { setTimeout: sleep } = require('timers/promises');
function stoppingController() {
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  return ac;
}
(async () => {
  const ac1 = stoppingController();
  const et = new EventTarget();
  let called = 0;
  et.addEventListener('foo', () => called++, { signal: ac1.signal });
  ac1.abort();
  et.dispatchEvent(new Event('foo'));
  console.log('signal option removed the listener:', called === 0);

  const ac2 = stoppingController();
  const p = events.once(new EventTarget(), 'x', { signal: ac2.signal });
  ac2.abort();
  await p.catch((e) => console.log('once:', e.name));

  const ac3 = stoppingController();
  const t = sleep(100000, 1, { signal: ac3.signal });
  ac3.abort();
  await t.catch((e) => console.log('timers/promises:', e.name));

  const ac4 = stoppingController();
  let got = false;
  events.addAbortListener(ac4.signal, () => { got = true; });
  ac4.abort();
  console.log('addAbortListener:', got);

  const ac5 = stoppingController();
  const any = AbortSignal.any([ac5.signal]);
  ac5.abort('R');
  console.log('any:', any.aborted, any.reason);

  const ee = new events.EventEmitter();
  const ac6 = stoppingController();
  const it = events.on(ee, 'y', { signal: ac6.signal });
  const next = it.next();
  ac6.abort();
  await next.catch((e) => console.log('on:', e.name));

  const target = new EventTarget();
  const log = [];
  target.addEventListener('x', (e) => { log.push(1); e.stopImmediatePropagation(); });
  target.addEventListener('x', () => log.push('passive'), { passive: true });
  target.addEventListener('x', () => log.push(3));
  target.dispatchEvent(new Event('x'));
  console.log(log);
})();
