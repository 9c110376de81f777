// Errors the engine throws itself (ReferenceError for an undeclared name, TypeError reading a
// property of null/undefined) name their frame as V8 does, with the receiver's type:
// `Ctx.<anonymous>`, `Ctx.named`, `Object.m`, `Foo.bar` (rjs showed a bare position or the
// function name alone, while a `new Error` in the same place was named). node:test prints
// `TestContext.<anonymous>` for every failing test whose error is such a TypeError.
class Ctx { call(fn) { return fn.call(this); } }
const c = new Ctx();
function frame(f) {
  try { f(); return 'no error'; } catch (e) { return e.name + ' ' + e.stack.split('\n')[1].replace(/\S*:(\d+:\d+)\)?$/, 'X:$1').trim(); }
}
const undeclared = () => { nope; };
const nullRead = () => { null.x; };
const newError = () => { throw new Error('x'); };
console.log(frame(() => c.call(undeclared)));
console.log(frame(() => c.call(nullRead)));
console.log(frame(() => c.call(newError)));
console.log(frame(() => c.call(function () { undefined.y; })));
console.log(frame(() => c.call(function named() { null.x; })));
const o = {
  m() { null.x; },
  n: function () { undefined.y; },
  p() { throw new TypeError('p'); },
  q() { missing; },
};
for (const k of ['m', 'n', 'p', 'q']) console.log(k, frame(() => o[k]()));
function Foo() {}
Foo.prototype.bar = function () { return this.baz.qux; };
console.log(frame(() => new Foo().bar()));
class K { constructor() { this.v = undefined.z; } static s() { return null.s; } }
console.log(frame(() => new K()));
console.log(frame(() => K.s()));
console.log(frame(() => [1].map(function () { return null.m; })));
