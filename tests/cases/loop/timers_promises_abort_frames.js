// The AbortError of timers/promises starts at node's frame for it, named by the receiver's type
// (Object./Module. for the module's function, none for a plain call; Timeout./Immediate. for a
// cancel), with no frames of rjs's own helpers; setInterval's resumption is 'setInterval.next'.
const tp = require('timers/promises');
const { setTimeout: sleep } = tp;
const top = (e) => e.stack.split('\n').filter((l) => l.includes('timers/promises') || l.includes('.next')).join('\n');
(async () => {
  await tp.setTimeout(1, null, { signal: AbortSignal.abort() }).catch((e) => console.log(top(e)));
  await sleep(1, null, { signal: AbortSignal.abort() }).catch((e) => console.log(top(e)));
  const ns = await import('timers/promises');
  await ns.setImmediate(1, { signal: AbortSignal.abort() }).catch((e) => console.log(top(e)));
  const ac = new AbortController();
  const p = tp.setTimeout(100, null, { signal: ac.signal }); ac.abort(); await p.catch((e) => console.log(top(e)));
  const ac2 = new AbortController();
  const p2 = tp.setImmediate(1, { signal: ac2.signal }); ac2.abort(); await p2.catch((e) => console.log(top(e)));
  try { for await (const x of tp.setInterval(1, null, { signal: AbortSignal.abort() })); } catch (e) { console.log(top(e)); }
  const ac3 = new AbortController();
  try { for await (const x of tp.setInterval(1, null, { signal: ac3.signal })) ac3.abort(); } catch (e) { console.log(top(e)); }
  Error.stackTraceLimit = 1;
  await tp.setTimeout(1, null, { signal: AbortSignal.abort() }).catch((e) => console.log(e.stack));
})();
