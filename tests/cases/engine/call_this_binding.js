// The `this` a called function sees (sloppy: undefined/null -> globalThis, primitives
// wrapped, objects as is; strict: unchanged), also through closures that capture it, call/
// apply/bind, methods and getters; and var bindings added by a sloppy direct eval inside a
// function, which `delete` may remove.
function sloppy() { return this; }
function sloppyType() { return typeof this; }
function sloppyClosure() { const get = () => this; return get; }
function sloppyInner() { var self = this; return function () { return self; }; }
function strict() { 'use strict'; return this; }
function strictClosure() { 'use strict'; return () => this; }
const o = { tag: 'o', sloppy, strict, sloppyClosure, get g() { return sloppyType.call(this); } };
console.log(sloppy() === globalThis, sloppy.call(null) === globalThis, sloppy.apply(undefined) === globalThis);
for (const v of [5, 'str', true, Symbol('s'), 10n]) {
  const w = sloppy.call(v);
  console.log(typeof v, typeof w, w instanceof Object, Object(v).constructor === w.constructor, sloppyType.call(v));
  console.log(typeof strict.call(v), strict.call(v) === v || typeof v === 'symbol' || Number.isNaN(v));
}
console.log(sloppy.call(o) === o, o.sloppy() === o, o.strict() === o, o.g);
console.log(strict(), strict.call(null), strict.apply(undefined));
console.log(sloppyClosure()() === globalThis, sloppyClosure.call(o)() === o);
console.log(typeof sloppyClosure.call(7)(), sloppyClosure.call(7)() instanceof Number, sloppyClosure.call(7)().valueOf());
console.log(sloppyInner.call('ab')().length, sloppyInner()() === globalThis);
console.log(strictClosure.call(3)(), strictClosure()(), strictClosure.call(o)() === o);
const bound = sloppy.bind(4);
console.log(typeof bound(), bound().valueOf(), typeof strict.bind(4)());
console.log(Reflect.apply(sloppyType, 1, []), Reflect.apply(sloppyType, null, []), Reflect.apply(strict, 'x', []));
console.log([1, 2].map(sloppyType).join(), [1, 2].map(strict).join(), [1].map(sloppyType, 'z').join());
function Ctor() { this.k = typeof this; }
console.log(new Ctor().k, new (sloppy.bind(9))() instanceof sloppy);
function withEval(src) {
  eval(src);
  const read = () => typeof added === 'undefined' ? 'gone' : added;
  const before = read();
  const deleted = delete added;
  return [before, deleted, read()];
}
console.log(withEval('').join(), withEval('var added = 1').join());
function evalKeeps() { var kept = 1; eval('var more = 2'); return [delete kept, delete more, kept, typeof more]; }
console.log(evalKeeps().join());
function evalArgs(a) { eval('var a2 = a * 2'); return () => a2 + arguments.length; }
console.log(evalArgs(21)());
let total = 0;
for (let i = 0; i < 2000; i++) total += sloppyClosure.call(i)().valueOf() + (sloppyType.call(i) === 'object' ? 1 : 0);
console.log(total);
