// timers/promises validates the delay (ERR_INVALID_ARG_TYPE "delay"); scheduler is node's
// Scheduler instance (not constructible, methods check their receiver).
const tp = require('timers/promises');
const util = require('util');
(async () => {
  for (const args of [['x'], [null], [{}]]) {
    try { await tp.setTimeout(...args); console.log('setTimeout ok'); } catch (e) { console.log('setTimeout', e.code, e.message); }
    try { await tp.scheduler.wait(...args); console.log('wait ok'); } catch (e) { console.log('wait', e.code, e.message); }
    try { for await (const v of tp.setInterval(...args)) { console.log(v); break; } } catch (e) { console.log('setInterval', e.code, e.message); }
  }
  console.log(await tp.setTimeout(undefined, 'undefined delay'));
  console.log(util.inspect(tp.scheduler), tp.scheduler.constructor.name);
  try { new tp.scheduler.constructor(); } catch (e) { console.log(e.name, e.code, e.message); }
  try { tp.scheduler.wait.call({}, 1); } catch (e) { console.log(e.name, e.code, e.message); }
  try { tp.scheduler.yield.call(null); } catch (e) { console.log(e.name, e.code, e.message); }
  await tp.scheduler.yield();
  await tp.scheduler.wait(1);
  console.log('done');
})();
