// timers/promises setInterval: an abort stops the interval even while the consumer is slower than
// the ticks (it used to keep counting ticks and never end); a pending next() rejects with AbortError.
const { setInterval, setTimeout: sleep } = require('timers/promises');
(async () => {
  const ac = new AbortController();
  let n = 0;
  let afterAbort = 0;
  try {
    for await (const v of setInterval(1, 'tick', { signal: ac.signal })) {
      n++;
      if (ac.signal.aborted) afterAbort++;
      await sleep(15);
      if (n === 2) ac.abort('stop');
      if (afterAbort > 100) break;
    }
  } catch (e) {
    console.log(e.name, e.code, e.cause);
  }
  console.log('ended', n >= 2, afterAbort < 100);

  const ac2 = new AbortController();
  const it = setInterval(1000, 'x', { signal: ac2.signal });
  const p = it.next();
  ac2.abort();
  try { await p; } catch (e) { console.log('pending next', e.name); }
  console.log(await it.next());
})();
