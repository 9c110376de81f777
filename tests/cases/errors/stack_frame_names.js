// Frame names as V8 prints them: the receiver's type before a method (`A.m`, `Object.m`,
// `String.plain`), `new K` for constructors, `[as alias]` when the method was reached under
// another property name, accessors as `get g [as g]`, built-ins with their receiver
// (`Array.map`, `Map.forEach`), and node's names for the loop's timer and nextTick frames.
function top2(e) {
  return e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(__dirname, '<dir>')).join(' | ');
}
function show(f) { try { f(); } catch (e) { console.log(top2(e)); } }
class A { m() { throw new Error('x'); } static s() { throw new Error('x'); } get g() { throw new Error('x'); } }
class B extends A {}
const o = { m() { throw new Error('x'); }, arrow: () => { throw new Error('x'); }, fe: function () { throw new Error('x'); } };
const o2 = { alias: o.m };
function plain() { throw new Error('x'); }
function Ctor() { throw new Error('x'); }
show(() => new A().m());
show(() => new B().m());
show(() => A.s());
show(() => new A().g);
show(() => o.m());
show(() => o.arrow());
show(() => o.fe());
show(() => o2.alias());
show(() => plain());
show(() => new Ctor());
show(() => plain.call('str'));
show(() => plain.call(5));
show(() => plain.call(Object.create(null)));
show(() => [1].map(() => { throw new Error('x'); }));
show(() => new Map([[1, 1]]).forEach(function cb() { throw new Error('x'); }));
show(() => { class C { constructor() { throw new Error('x'); } } new C(); });
setTimeout(function tick() {
  try { throw new Error('t'); } catch (e) { console.log(e.stack.split('\n').slice(1, 4).map((l) => l.trim().replace(__dirname, '<dir>')).join(' | ')); }
  process.nextTick(function later() {
    try { throw new Error('n'); } catch (e) { console.log(e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(__dirname, '<dir>')).join(' | ')); }
  });
}, 1);
