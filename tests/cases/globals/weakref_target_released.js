// @cli: --expose-gc weakref_target_released.js
// A WeakRef keeps its target alive only until the microtask checkpoint that ends the job which
// made or dereferenced it (ClearKeptObjects); after that a collection releases the target.
const refs = [];
for (let i = 0; i < 10; i++) refs.push(new WeakRef({ i }));
const kept = { k: 1 };
const keptRef = new WeakRef(kept);
const refs2 = [];
const wm = new WeakMap();
for (let i = 0; i < 10; i++) { const o = { i }; wm.set(o, { back: o }); refs2.push(new WeakRef(o)); }
const refs3 = [];
function node(i) { const o = { i }; o.f = () => o.i; return o; }
for (let i = 0; i < 10; i++) refs3.push(new WeakRef(node(i)));
console.log('same job', refs.filter((r) => r.deref()).length);
setTimeout(() => {
  gc();
  setTimeout(() => {
    console.log('plain', refs.filter((r) => r.deref()).length);
    console.log('weakmap', refs2.filter((r) => r.deref()).length, 'closure', refs3.filter((r) => r.deref()).length);
    console.log('still referenced', keptRef.deref() === kept);
  }, 0);
}, 0);
