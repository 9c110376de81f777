// A TypeError from reading the callee of a method call (`x.f()` with x null or undefined)
// is placed at the property, as V8 places it (line:column of the stack's first frame).
function where(e) { const m = /:(\d+:\d+)\)?$/.exec(e.stack.split('\n')[1]); return m ? m[1] : '?'; }
function a() { null.f(); }
function b() { const n = null; n.f(); }
function c() { const n = undefined; return n.list.map((x) => x); }
function d(cfg) { return cfg.options.get('x'); }
function e() { const o = {}; o.a.b.c(); }
function f() { const o = { items: null }; return o.items.filter(Boolean); }
for (const fn of [a, b, c, () => d({}), e, f]) {
  try { fn(); } catch (err) { console.log(err.message, where(err)); }
}
