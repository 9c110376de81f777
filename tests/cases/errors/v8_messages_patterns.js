// V8's wording for array-pattern declarations over non-iterables (the initializer as written,
// calls and `new` as "f is not a function or its return value ...", property reads and
// assignment patterns in the built-in form), private members, typed array/ArrayBuffer
// lengths, strict delete and Object.defineProperty on a primitive.
'use strict';
const u = undefined, n = null, x = 1, o = { p: null, q: 5 };
function f() {}
const cases = [
  () => { let [a] = u; }, () => { let [a] = n; }, () => { var [a] = 1.5; }, () => { const [a] = null; },
  () => { let [a] = undefined; }, () => { let [a] = true; }, () => { let [a] = {}; }, () => { let [a] = { x: 1 }; },
  () => { let [a] = 5n; }, () => { let [a] = f(); }, () => { let [a] = new Object(); }, () => { let y = 1, [a] = x; },
  () => { let [a] = o.p; }, () => { let [a] = o.q; }, () => { let [a] = o; }, () => { let a; [a] = u; },
  () => { const g = ([a]) => a; g(5); }, () => { let [[a]] = [5]; }, () => { let [a] = 5; },
  () => { class A { #x = 1; static get(v) { return v.#x; } } A.get({}); },
  () => { class A { #secret; static set(v) { v.#secret = 1; } } A.set({}); },
  () => { new Uint8Array(-1); }, () => { new Float64Array(-2.5); }, () => { new ArrayBuffer(-1); },
  () => { delete Object.freeze({ a: 1 }).a; }, () => { delete Object.prototype; }, () => { const arr = Object.freeze([1]); delete arr[0]; },
  () => { Object.defineProperty(1, 'a', {}); }, () => { Object.defineProperties('s', {}); },
];
for (const c of cases) {
  try { c(); console.log('no error'); } catch (e) { console.log(`${e.name}: ${e.message}`); }
}
