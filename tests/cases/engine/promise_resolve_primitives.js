// Promise.resolve / await of values that are no objects (the engine makes those promises
// already fulfilled): each primitive kind, -0 and NaN kept, inspect of the promise, the
// settlement order against thenables, queueMicrotask and awaits, a patched `then`, subclasses.
const util = require('util');
const log = [];
const values = [undefined, null, 0, -0, NaN, 1.5, '', 'str', true, false, 10n, Symbol('s')];
for (const v of values) {
  const p = Promise.resolve(v);
  console.log(typeof v, util.inspect(p), p instanceof Promise, Object.getPrototypeOf(p) === Promise.prototype);
  p.then((r) => log.push(`then ${typeof r} ${Object.is(r, v)}`));
}
console.log(util.inspect(Promise.resolve(-0)), Object.keys(Promise.resolve(1)).length);
class Sub extends Promise {}
const s = Sub.resolve(7);
console.log(s instanceof Sub, s.constructor === Sub, util.inspect(s));
const origThen = Promise.prototype.then;
let patchedCalls = 0;
Promise.prototype.then = function (...a) { patchedCalls++; return origThen.apply(this, a); };
const q = Promise.resolve(8);
console.log('patched then calls after resolve', patchedCalls);
Promise.prototype.then = origThen;
q.then((v) => log.push('q ' + v));
async function counter(name, n) { for (let i = 0; i < n; i++) { await i; log.push(`${name} ${i}`); } return name; }
counter('a', 3).then((v) => log.push('done ' + v));
Promise.resolve({ then(r) { log.push('thenable then'); r('t'); } }).then((v) => log.push('thenable ' + v));
queueMicrotask(() => log.push('microtask 1'));
counter('b', 2);
Promise.resolve().then(() => log.push('r1')).then(() => log.push('r2')).then(() => log.push('r3'));
(async () => { const v = await undefined; log.push('await undefined ' + v); const w = await Promise.resolve('inner'); log.push('await promise ' + w); })();
queueMicrotask(() => log.push('microtask 2'));
setTimeout(() => console.log(log.join('\n')), 0);
