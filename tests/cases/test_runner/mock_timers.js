// mock.timers: setTimeout/setInterval/setImmediate (global and node:timers), timers/promises,
// Date, tick/runAll/setTime/reset, restored when the test ends, node's runAll() stopping at the
// bottom of its heap, and its errors. The ExperimentalWarning goes to stderr.
// @normalize: duration_ms:? [\d.]+
const { test, mock } = require('node:test');
const assert = require('node:assert');
const timersPromises = require('node:timers/promises');
const timers = require('node:timers');
test('timeouts and intervals', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const calls = [];
  const id = setTimeout((a, b) => calls.push(['timeout', a, b]), 100, 1, 2);
  const iv = setInterval(() => { calls.push(['interval']); if (calls.length > 3) clearInterval(iv); }, 30);
  timers.setTimeout(() => calls.push(['timers.setTimeout']), 10);
  t.mock.timers.tick(50);
  console.log(calls);
  clearTimeout(id);
  t.mock.timers.tick(100);
  console.log(calls.length, typeof id.ref, id.hasRef());
});
test('restored after the test', () => {
  console.log(setTimeout === timers.setTimeout, typeof setTimeout(() => {}, 0).unref);
});
test('Date and immediate', () => {
  mock.timers.enable({ apis: ['Date', 'setImmediate'], now: 1000 });
  console.log(Date.now(), new Date().getTime(), typeof Date(), Date.isMock);
  let ran = false;
  setImmediate(() => { ran = true; });
  mock.timers.tick();
  console.log('immediate ran', ran);
  mock.timers.setTime(5000);
  console.log(Date.now());
  mock.timers.reset();
  console.log(Date.isMock, Date.now() > 5000);
});
test('promises', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval'] });
  const p = timersPromises.setTimeout(20, 'value');
  t.mock.timers.tick(20);
  console.log(await p);
  const results = [];
  const it = timersPromises.setInterval(10, 'x');
  const first = it.next(); // the interval starts with the first next()
  t.mock.timers.tick(10);
  results.push((await first).value);
  t.mock.timers.tick(20);
  results.push((await it.next()).value, (await it.next()).value);
  await it.return();
  console.log(results);
});
test('errors', (t) => {
  try { t.mock.timers.tick(); } catch (e) { console.log(e.code, e.message); }
  try { t.mock.timers.enable({ apis: ['nope'] }); } catch (e) { console.log(e.code, e.message); }
  t.mock.timers.enable({ apis: ['setTimeout'] });
  try { t.mock.timers.enable(); } catch (e) { console.log(e.code, e.message); }
  try { t.mock.timers.tick(-1); } catch (e) { console.log(e.code, e.message); }
  t.mock.timers.reset();
  t.mock.timers.reset();
});
test('runAll stops at the heap bottom', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  setTimeout(() => console.log('100'), 100);
  setTimeout(() => console.log('50'), 50);
  setTimeout(() => console.log('10'), 10);
  t.mock.timers.runAll();
  console.log('after runAll');
  t.mock.timers.tick(100);
});
