// mock.timers' timer objects as node 20 shows them: class Timeout (inspect's name), own
// id/callback/runAt/interval/args and the heap's priorityQueuePosition, updated as timers fire.
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
test('timer objects', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate'] });
  const a = setTimeout(() => {}, 10);
  const b = setInterval(function named() {}, 10, 1, 2);
  const c = setImmediate(() => {});
  console.log(a, b, c);
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(a)), Object.getPrototypeOf(a).constructor.name);
  console.log(a.hasRef(), a.unref() === a, a.ref() === a, a.refresh() === a);
  t.mock.timers.tick(10);
  console.log(a, b);
  clearInterval(b);
  console.log(b.priorityQueuePosition);
});
