// Names read from enclosing scopes in the presence of eval, with, deleted bindings and TDZ.
let a = 1;
function outer() { let b = 2; return function inner() { return a + b; }; }
const f = outer(); console.log(f(), f());
function withEval(code) { var x = 'outer'; function g() { return x; } eval(code); return g() + ' ' + x; }
console.log(withEval(''), withEval('var x = "evaled"'));
function sloppy() { var y = 1; function r() { return y; } const before = r(); eval('var y = 2'); return [before, r(), y]; }
console.log(sloppy());
const o = { z: 'fromWith' }; var z = 'global'; function w() { with (o) { return z; } } console.log(w()); delete o.z; console.log(w());
function tdz() { try { return q; } catch (e) { return e.message; } finally { } let q = 1; } console.log(tdz());
function closureTdz() { const get = () => v; let r; try { r = get(); } catch (e) { r = e.constructor.name; } let v = 3; return [r, get()]; }
console.log(closureTdz());
globalThis.gg = 5; function readG() { return gg; } console.log(readG()); delete globalThis.gg; try { readG(); } catch (e) { console.log(e.message); }
function evalDelete() { eval('var d = 1'); function rd() { return typeof d; } const a1 = rd(); eval('delete d'); return [a1, rd()]; } console.log(evalDelete());
