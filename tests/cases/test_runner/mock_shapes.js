// Mocked functions keep the name and length of what they wrap (a default no-op is named
// 'original', as node's default parameter names it), bound functions and static/instance
// methods, mock.reset() restoring them, and the non-configurable and getter+setter errors.
// @normalize: duration_ms:? [\d.]+
const { test } = require('node:test');
const util = require('util');

test('shapes', (t) => {
  console.log(util.inspect(t.mock.fn()), t.mock.fn().name);
  function named(a, b, c) {}
  const fn = t.mock.fn(named);
  console.log(fn.name, fn.length, Object.getOwnPropertyDescriptor(fn, 'name'));
  const bound = function (a, b) { return this + a + b; }.bind(50);
  const sum = t.mock.fn(bound);
  console.log(sum(3, 4), sum.mock.calls[0].this, sum.name, sum.length);

  const obj = { prop: 5, get method() { return this.prop; }, set s(v) { this.prop = v; } };
  const g = t.mock.method(obj, 'method', { getter: true });
  console.log(obj.method, g.mock.calls[0].arguments, g.mock.calls[0].this === obj);
  const st = t.mock.method(obj, 's', function (v) { this.prop = -v; }, { setter: true });
  obj.s = 7;
  console.log(obj.prop, st.mock.calls.length);
  try { t.mock.method(obj, 'method', { getter: true, setter: true }); } catch (e) { console.log(e.code, e.message); }

  class Clazz { static sm() { return 's'; } m() { return 'm'; } }
  t.mock.method(Clazz, 'sm', () => 'mocked');
  const inst = new Clazz();
  t.mock.method(inst, 'm', () => 'inst');
  console.log(Clazz.sm(), inst.m(), Object.hasOwn(inst, 'm'));
  t.mock.reset();
  console.log(Clazz.sm(), inst.m(), Object.hasOwn(inst, 'm'));

  const f3 = t.mock.fn(() => 1);
  f3.mock.mockImplementationOnce(() => 'third', 2);
  console.log(f3(), f3(), f3(), f3());
  try { f3.mock.mockImplementationOnce(() => 0, 1); } catch (e) { console.log(e.code, e.message); }
  const frozen = {};
  Object.defineProperty(frozen, 'x', { value() {}, configurable: false });
  try { t.mock.method(frozen, 'x'); } catch (e) { console.log(e.constructor.name, e.code, e.message); }
});
