// A TypeError from the property get of a method call (`o.f()` with `o` null, `o.f.g()` with
// `o.f` undefined) is placed at the property name, as V8 places it, in err.stack and in the
// uncaught report's source line and caret; rjs placed it at the enclosing function's start.
function at(e) { return e.stack.split('\n')[1].replace(/^.*?:(\d+:\d+)\)?$/, '$1'); }
const cases = [
  () => { const o = null; return o.f(); },
  () => { const o = {}; return o.f.g(); },
  () => { const o = {}; return o.f(); },
  () => { const o = { get f() { return null; } }; return o.f.g(); },
  () => { const o = undefined; return o.a.b.c(); },
  () => { class A { #x = () => 1; static m(o) { return o.#x(); } } return A.m({}); },
  () => { const o = null; return o.f; },
];
for (const c of cases) {
  try { c(); } catch (e) { console.log(at(e), e.message); }
}
function g() {
  let a = 1;
  const o = null;
  return o.f(a);
}
g();
