// Unbounded recursion through native calls (Reflect.apply, call/apply, accessors, array callbacks,
// conversions, regexp replace callbacks, generators, eval) throws a catchable RangeError, as in
// node, instead of exhausting the host stack; moderate depths still work.
const fns = {
  apply(n) { return n ? Reflect.apply(fns.apply, null, [n - 1]) + 1 : 0; },
  call(n) { return n ? fns.call.call(null, n - 1) + 1 : 0; },
  getter(n) { const o = { get x() { return fns.getter(n - 1) + 1; } }; return n ? o.x : 0; },
  map(n) { return n ? [n].map(() => fns.map(n - 1) + 1)[0] : 0; },
  sort(n) { let r = 0; if (n) [2, 1].sort((a, b) => { r = fns.sort(n - 1) + 1; return a - b; }); return r; },
  proxy(n) { const p = new Proxy({}, { get() { return fns.proxy(n - 1) + 1; } }); return n ? p.x : 0; },
  valueOf(n) { return n ? +{ valueOf() { return fns.valueOf(n - 1) + 1; } } : 0; },
  replace(n) { return n ? +'a'.replace(/a/g, () => fns.replace(n - 1) + 1) : 0; },
  construct(n) { let r = 0; if (n) Reflect.construct(function () { r = fns.construct(n - 1) + 1; }, []); return r; },
  gen(n) { if (!n) return 0; function* g() { yield fns.gen(n - 1) + 1; } return g().next().value; },
  eval(n) { return n ? eval('fns.eval(n - 1) + 1') : 0; },
};
for (const [kind, f] of Object.entries(fns)) {
  let deep;
  try { f(1e6); deep = 'no error'; } catch (e) { deep = `${e.name}: ${e.message}`; }
  console.log(kind, f(100), deep);
}
