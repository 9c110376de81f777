// diagnostics_channel: channels, subscribers, stores, tracing channels, errors, as node 20.
const dc = require('diagnostics_channel');
const log = (...a) => console.log(...a);
log(Object.keys(dc).sort());

const ch = dc.channel('my-channel');
log(ch === dc.channel('my-channel'), ch instanceof dc.Channel, ch.name, ch.hasSubscribers, dc.hasSubscribers('my-channel'), dc.hasSubscribers('nope'));
const sub = (msg, name) => log('got', JSON.stringify(msg), name);
ch.subscribe(sub);
log(ch.hasSubscribers, dc.hasSubscribers('my-channel'), ch instanceof dc.Channel);
ch.publish({ a: 1 });
log(ch.unsubscribe(sub), ch.unsubscribe(sub), ch.hasSubscribers);
ch.publish({ a: 2 });

dc.subscribe('other', sub);
dc.channel('other').publish('x');
log(dc.unsubscribe('other', sub), dc.unsubscribe('other', sub));

const sym = Symbol('s');
dc.subscribe(sym, (m, n) => log('symbol channel', m, typeof n));
dc.channel(sym).publish(5);

// a subscriber added during publish does not see the current message
const c2 = dc.channel('c2');
c2.subscribe(function first() { log('first'); c2.subscribe(() => log('late')); });
c2.publish(1);

for (const bad of [1, null, undefined, {}]) {
  try { dc.channel(bad); } catch (e) { log(e.code, e.message); }
}
try { ch.subscribe('nope'); } catch (e) { log(e.code, e.message); }
log(ch.hasSubscribers);

// stores: duck-typed run(data, fn)
const store = { cur: undefined, run(data, fn) { const prev = this.cur; this.cur = data; try { return fn(); } finally { this.cur = prev; } } };
const c3 = dc.channel('c3');
log(c3.runStores({ v: 1 }, function (a, b) { return [this.t, a, b, store.cur]; }, { t: 't' }, 1, 2));
c3.bindStore(store, (d) => ({ wrapped: d }));
log(c3.hasSubscribers);
c3.subscribe((m) => log('c3 msg', JSON.stringify(m), JSON.stringify(store.cur)));
log(JSON.stringify(c3.runStores({ v: 2 }, (x) => ({ x, cur: store.cur }), null, 'arg')));
log(c3.unbindStore(store), c3.unbindStore(store));
c3.bindStore(store);
log(JSON.stringify(c3.runStores({ v: 3 }, () => store.cur)));

// tracing channels
const tc = dc.tracingChannel('op');
log(tc.hasSubscribers, tc.start.name, tc.asyncEnd.name, tc.error instanceof dc.Channel);
const events = [];
const handlers = {};
for (const ev of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[ev] = (ctx) => events.push(`${ev}:${JSON.stringify(Object.keys(ctx))}`);
}
log(tc.traceSync((a) => a * 2, {}, null, 21));
tc.subscribe(handlers);
log(tc.hasSubscribers);
const ctx = { id: 1 };
log(tc.traceSync(function (a, b) { return this.k + a + b; }, ctx, { k: 1 }, 2, 3), ctx.result);
try { tc.traceSync(() => { throw new Error('sync fail'); }, { id: 2 }); } catch (e) { log('caught', e.message); }
log(events.splice(0).join(' '));

const tc2 = dc.tracingChannel({ start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') });
log(tc2.start.name, tc2.hasSubscribers);
try { dc.tracingChannel({ start: dc.channel('s') }); } catch (e) { log(e.name, e.code); }
try { dc.tracingChannel(5); } catch (e) { log(e.code, e.message); }

(async () => {
  const pctx = {};
  log(await tc.tracePromise(async (v) => v + 1, pctx, null, 1), pctx.result);
  log(events.splice(0).join(' '));
  try { await tc.tracePromise(() => Promise.reject(new Error('async fail')), {}); } catch (e) { log('rejected', e.message); }
  log(events.splice(0).join(' '));
  log(await tc.tracePromise(() => ({ then(r) { r('thenable'); } })));
  events.length = 0;
  await new Promise((resolve) => {
    const cctx = {};
    tc.traceCallback(function (x, cb) { setTimeout(() => cb(null, x * 3), 1); return 'ret'; }, -1, cctx, null, 5, (err, res) => {
      log('callback', err, res, cctx.result);
      resolve();
    });
  });
  log(events.splice(0).join(' '));
  await new Promise((resolve) => {
    tc.traceCallback((cb) => cb(new Error('cb fail')), 0, {}, null, (err) => { log('cb err', err.message); resolve(); });
  });
  log(events.splice(0).join(' '));
  try { tc.traceCallback(() => {}, 0, {}, null, 'not fn'); } catch (e) { log(e.code, e.message); }
  log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  log(await tc.tracePromise(async () => 'plain'));

  // a throwing subscriber: the others still run, the error surfaces as uncaught later
  const c4 = dc.channel('c4');
  c4.subscribe(() => { throw new Error('subscriber boom'); });
  c4.subscribe(() => log('second subscriber ran'));
  process.on('uncaughtException', (e) => log('uncaught:', e.message));
  c4.publish('m');
  log('after publish');
})();
