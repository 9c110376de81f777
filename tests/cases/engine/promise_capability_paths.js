// NewPromiseCapability through the intrinsic %Promise% and through other constructors:
// settlement order of Promise.resolve/then/thenables/queueMicrotask, subclasses, custom
// constructors passed as `this`, and non-constructors.
const log = [];
const p1 = Promise.resolve(1);
const p2 = Promise.resolve({ then(r) { log.push('then called'); r(2); } });
const p3 = Promise.reject(new Error('no'));
p3.catch((e) => log.push('caught ' + e.message));
p1.then((v) => log.push('p1 ' + v));
p2.then((v) => log.push('p2 ' + v));
queueMicrotask(() => log.push('microtask'));
Promise.resolve().then(() => log.push('empty')).then(() => log.push('chained'));
console.log(Promise.resolve(p1) === p1, Object.getPrototypeOf(Promise.resolve(3)) === Promise.prototype);
class MyPromise extends Promise {}
const mp = MyPromise.resolve(4);
console.log(mp instanceof MyPromise, mp.then(() => {}) instanceof MyPromise, MyPromise.resolve(p1) === p1);
let executorCalls = 0;
function Custom(executor) { executorCalls++; executor((v) => log.push('custom resolve ' + v), () => {}); }
Promise.resolve.call(Custom, 5);
console.log('executorCalls', executorCalls);
try { Promise.resolve.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.resolve.call(() => {}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
const all = Promise.all([1, Promise.resolve(2), { then(r) { r(3); } }]);
all.then((v) => log.push('all ' + v.join(',')));
(async () => { log.push('async start'); await null; log.push('after await'); return 6; })().then((v) => log.push('async ' + v));
setTimeout(() => console.log(log.join('\n')), 0);
