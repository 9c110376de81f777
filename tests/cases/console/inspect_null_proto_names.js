// A null-prototype object is named as node's getCtxStyle does: by V8's constructor name
// (its built-in kind, or a plain object's own Symbol.toStringTag), also past the depth limit
// and in the `<Complex prototype>` forms.
const util = require('util');
const np = (v) => Object.setPrototypeOf(v, null);
const deep = (v) => ({ a: { b: { c: v } } });
for (const v of [{ x: 1 }, [1, 2], new Map([[1, 2]]), new Set([1]), new Uint8Array(2), new Date(0), /x/,
  Promise.resolve(1), new ArrayBuffer(2), new WeakMap(), new String('s'), new Number(1)]) {
  console.log(deep(np(v)));
}
const own = Object.create(null); own[Symbol.toStringTag] = 'Tag';
console.log(own, deep(own));
const hidden = Object.create(null); Object.defineProperty(hidden, Symbol.toStringTag, { value: 'Tag' });
console.log(hidden, deep(hidden));
own.a = 1; console.log(own);
const inherited = Object.create(np({ [Symbol.toStringTag]: 'Inh' }));
console.log(inherited, deep(inherited));
console.log(Object.create(np({ constructor: function Ctor() {} })));
console.log(Object.create(np({ constructor: function Object() {} })));
const pt = Object.create(Object.create(null, { [Symbol.toStringTag]: { value: 'PT' } })); pt.q = 1;
console.log(pt);
const cp = (v) => Object.setPrototypeOf(v, Object.create(null));
for (const v of [{}, [], new Map(), new Uint8Array(1), new WeakRef({}), (function() { return arguments; })(), Math]) {
  console.log(util.inspect(cp(v), { depth: 0 }));
}
