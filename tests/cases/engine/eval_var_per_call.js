// A `var` (or function) that a sloppy direct eval declares belongs to that call of the
// function only: later calls do not see it until their own eval declares it.
function f(n) {
  if (n === 0) eval('var leaked = 1');
  return typeof leaked;
}
console.log(f(0), f(1), f(0), f(1));
function g(code) { eval(code); return [typeof z, typeof zf]; }
console.log(g('var z = 1; function zf() {}'), g(''), g('var other'), g('var z'));
function h(code) {
  eval(code);
  try { return z2; } catch (e) { return e.name + ': ' + e.message; }
}
console.log(h('var z2 = "first"'), h(''), h('var z2 = "third"'));
function counter(code) {
  eval(code);
  return function inner() { return typeof q === 'undefined' ? 'none' : q++; };
}
const c1 = counter('var q = 10'), c2 = counter('');
console.log(c1(), c1(), c2(), c1());
function rec(depth) {
  if (depth === 0) { eval('var deep = "set"'); return typeof deep; }
  eval('');
  const below = rec(depth - 1);
  return [below, typeof deep];
}
console.log(JSON.stringify(rec(2)), JSON.stringify(rec(0)));
var globalVar = 'global';
function shadow(code) { eval(code); return globalVar; }
console.log(shadow('var globalVar = "local"'), shadow(''), shadow('globalVar = "assigned"'), globalVar);
function del(code) { eval(code); const r = [typeof d]; r.push(delete d, typeof d); return r.join(' '); }
console.log(del('var d = 1'), del(''));
function blockFn(flag) { if (flag) eval('{ function bf() { return "bf"; } }'); return typeof bf; }
console.log(blockFn(true), blockFn(false));
