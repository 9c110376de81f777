// Rejections whose reason is not an error become UnhandledPromiseRejection errors
// (ERR_UNHANDLED_REJECTION) whose message shows the reason as V8 prints values without side
// effects.
class Foo {}
const reasons = [
  'text', 42, 10n, undefined, null, true, Symbol('sym'), [1, 'a'], { a: 1 }, new Foo(),
  new Map([[1, 2]]), Object.create(null), { toString() { return 'own toString'; } },
  function named(a, b) { return a + b; }, new Date(0), /re/g,
  Object.assign(Object.create(Error.prototype), { message: 'error-shaped' }),
];
let n = 0;
process.on('uncaughtException', (err, origin) => {
  n++;
  if (err.code === 'ERR_UNHANDLED_REJECTION') {
    console.log(origin, err.name, err.message.slice(err.message.indexOf('reason')));
  } else {
    console.log(origin, 'as is:', err === stackful, err.message);
  }
});
const stackful = { stack: 'own stack', message: 'has own stack' };
for (const r of reasons) Promise.reject(r);
Promise.reject(stackful);
process.on('exit', () => console.log('reports', n));
