'use strict';
const tp = require('timers/promises');
const log = console.log;
log(Object.keys(tp).join(), typeof tp.scheduler.wait, typeof tp.scheduler.yield, require('timers').promises === tp);
(async () => {
  log('timeout', await tp.setTimeout(1, 'v'));
  log('timeout undefined', await tp.setTimeout(1));
  log('immediate', await tp.setImmediate('iv'));
  const bad = [
    () => tp.setTimeout(1, 'v', 1), () => tp.setTimeout(1, 'v', { signal: 1 }), () => tp.setTimeout(1, 'v', { ref: 'no' }),
    () => tp.setImmediate('v', null), () => tp.setImmediate('v', { signal: {} }), () => tp.setImmediate('v', { ref: 1 }),
    () => tp.scheduler.wait(1, { signal: 'x' }),
  ];
  for (const f of bad) {
    const p = f();
    log('is promise', p instanceof Promise);
    try { await p; log('resolved'); } catch (e) { log(e.name, e.code, e.message); }
  }
  for (const f of [() => tp.setInterval(1, 'v', 1), () => tp.setInterval(1, 'v', { ref: 2 })]) {
    const it = f();
    try { await it.next(); } catch (e) { log('interval', e.name, e.code, e.message); }
  }
  const ac = new AbortController();
  const p = tp.setTimeout(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { log(e.name, e.code, e.message, e.cause && e.cause.name); }
  const ac2 = new AbortController();
  const p2 = tp.setImmediate('never', { signal: ac2.signal });
  ac2.abort('why');
  try { await p2; } catch (e) { log(e.name, e.code, e.message, e.cause); }
  try { await tp.setTimeout(1, 'x', { signal: AbortSignal.abort('pre') }); } catch (e) { log('pre', e.name, e.code, e.cause); }
  try { await tp.setImmediate('x', { signal: AbortSignal.abort() }); } catch (e) { log('pre2', e.name, e.code, e.cause.name); }
  // interval
  let n = 0;
  for await (const v of tp.setInterval(1, 'tick')) { log('interval', v); if (++n === 3) break; }
  const ac3 = new AbortController();
  try {
    for await (const v of tp.setInterval(1, 'tick2', { signal: ac3.signal })) { log('interval2', v); ac3.abort('stop'); }
  } catch (e) { log('interval abort', e.name, e.code, e.cause); }
  const it = tp.setInterval(1, 'z');
  log(await it.next(), await it.return(), await it.next());
  try {
    const it2 = tp.setInterval(1, 'q', { signal: AbortSignal.abort('early') });
    await it2.next();
  } catch (e) { log('interval pre', e.name, e.code, e.cause); }
  log('wait', await tp.scheduler.wait(1));
  log('yield', await tp.scheduler.yield());
  // unref'd timer does not keep the process alive
  tp.setTimeout(100000, 'x', { ref: false }).then(() => log('should not print'));
  log('done');
})();
