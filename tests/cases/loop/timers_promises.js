const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
(async () => {
  console.log(await sleep(5, 'value'));
  console.log(await immediate('imm'));
  const ac = new AbortController();
  const p = sleep(1000, null, { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code); }
})();
