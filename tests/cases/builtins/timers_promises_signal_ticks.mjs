// timers/promises setTimeout/setImmediate with a signal return node's
// SafePromisePrototypeFinally wrapper (removing the abort listener): an abort rejects them five
// microtasks after abort() (rjs rejected at once), and the listener is gone once settled.
import { setTimeout as sleep, setImmediate as nextTurn } from 'node:timers/promises';
import { getEventListeners } from 'node:events';
for (const [name, start] of [['setTimeout', (signal) => sleep(1000, 'v', { signal })], ['setImmediate', (signal) => nextTurn('v', { signal })]]) {
  const ac = new AbortController();
  const p = start(ac.signal);
  let tick = 0;
  let at = -1;
  p.catch((e) => { at = `${tick} ${e.name}`; });
  console.log(name, 'listeners before', getEventListeners(ac.signal, 'abort').length);
  ac.abort();
  let q = Promise.resolve();
  for (let i = 0; i < 8; i++) q = q.then(() => { tick++; });
  await q;
  console.log(name, 'rejected at tick', at, 'listeners after', getEventListeners(ac.signal, 'abort').length);
}
const ac = new AbortController();
const order = [];
sleep(1, 'with signal', { signal: ac.signal }).then((v) => order.push(v));
sleep(1, 'plain').then((v) => order.push(v));
await sleep(20);
console.log(order, getEventListeners(ac.signal, 'abort').length);
