// mock.fn / mock.method / getter / setter: recorded calls (arguments, result, error, this,
// target), implementations (once, times), restore, resetCalls, restoreAll, t.mock restored when
// its test ends, argument validation errors.
// @normalize: duration_ms:? [\d.]+
const { test, mock } = require('node:test');
const assert = require('assert');
test('fn', () => {
  const f = mock.fn();
  f(1); f.call({ x: 1 }, 2);
  console.log(f.mock.callCount(), f.mock.calls.map((c) => [c.arguments, c.result, c.error, c.this, c.target]));
  const g = mock.fn(function add(a, b) { return a + b; }, { times: 2 });
  console.log(g.name, g.length, g(1, 2), g(2, 3), g(3, 4));
  g.mock.mockImplementation(() => 42);
  console.log(g(0, 0));
  g.mock.mockImplementationOnce(() => 'once');
  console.log(g(), g());
  g.mock.mockImplementationOnce(() => 'at5', 6);
  console.log(g(), g(), g(), g.mock.callCount());
  g.mock.resetCalls();
  console.log(g.mock.callCount());
  const thrower = mock.fn(() => { throw new TypeError('bad'); });
  try { thrower(); } catch (e) { console.log('caught', e.message); }
  console.log(thrower.mock.calls[0].error.message, thrower.mock.calls[0].result);
  class C { constructor(v) { this.v = v; } }
  const Ctor = mock.fn(C);
  const inst = new Ctor(5);
  console.log(inst.v, Ctor.mock.calls[0].target === C, Ctor.mock.calls[0].this === inst);
  console.log(Object.keys(f.mock), typeof f.mock.calls[0].stack);
});
test('method', (t) => {
  const obj = { n: 1, get val() { return this.n; }, set val(v) { this.n = v; }, m(a) { return a * 2; } };
  const m = t.mock.method(obj, 'm');
  console.log(obj.m(3), m.mock.calls[0].this === obj, obj.m.mock === m.mock);
  const m2 = mock.method(obj, 'm', (a) => a * 10);
  console.log(obj.m(3));
  m2.mock.restore();
  console.log(obj.m(3));
  const gt = mock.getter(obj, 'val', () => 99);
  console.log(obj.val, gt.mock.callCount());
  const st = mock.setter(obj, 'val', function (v) { this.n = v + 1; });
  obj.val = 5;
  console.log(obj.n, st.mock.calls[0].arguments);
  mock.restoreAll();
  console.log(obj.val, obj.m(1));
  try { mock.method(obj, 'n'); } catch (e) { console.log(e.code, e.message); }
  try { mock.fn(1); } catch (e) { console.log(e.code, e.message); }
  try { mock.method(obj, 'val', { getter: true, setter: true }); } catch (e) { console.log(e.code, e.message); }
  try { mock.fn(() => {}, { times: 0 }); } catch (e) { console.log(e.code, e.message); }
  try { mock.method(obj, 5); } catch (e) { console.log(e.code, e.message); }
  mock.reset();
});
test('t.mock auto restore', (t) => {
  const o = { f() { return 'orig'; } };
  t.mock.method(o, 'f', () => 'mocked');
  console.log(o.f());
  setImmediate(() => console.log('after test:', o.f()));
});
