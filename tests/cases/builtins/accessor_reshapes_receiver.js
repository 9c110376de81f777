// Getters and setters that reshape their own receiver (a lazy getter replacing itself with a data
// property; a setter turning the accessor into a data property), read and written through
// property sites that see one shape and sites that see many.
function lazy(o) {
  Object.defineProperty(o, 'v', { configurable: true, get() { Object.defineProperty(this, 'v', { value: 'data:' + this.id, writable: true, configurable: true }); return 'first:' + this.id; } });
  return o;
}
function readV(o) { return o.v; }
const mono = [1, 2, 3].map((id) => lazy({ id }));
console.log(mono.map(readV).join(), mono.map(readV).join());
const poly = [];
for (let i = 0; i < 8; i++) { const o = { id: i }; o['p' + i] = i; poly.push(lazy(o)); }
console.log(poly.map(readV).join()); console.log(poly.map(readV).join());
function accessorToData(o) {
  Object.defineProperty(o, 's', { configurable: true, get() { return 'acc'; }, set(v) { Object.defineProperty(this, 's', { value: v, writable: true, configurable: true }); } });
  return o;
}
function writeS(o, v) { o.s = v; }
function readS(o) { return o.s; }
const objs = [];
for (let i = 0; i < 10; i++) { const o = { id: i }; o['q' + (i % 6)] = i; objs.push(accessorToData(o)); }
for (const o of objs) writeS(o, 'one' + o.id);
for (const o of objs) writeS(o, 'two' + o.id);
console.log(objs.map(readS).join());
const k = 's'; function writeK(o, v) { o[k] = v; } function readK(o) { return o[k]; }
const objs2 = objs.map((o) => accessorToData({ id: o.id }));
for (const o of objs2) writeK(o, 'a' + o.id); for (const o of objs2) writeK(o, 'b' + o.id);
console.log(objs2.map(readK).join());
// errors: stack is an own accessor whose setter makes it a data property
const errs = [new Error('a'), new TypeError('b'), new RangeError('c'), new SyntaxError('d'), new EvalError('e'), new URIError('f')];
for (const e of errs) { e.stack = 'S1 ' + e.message; } for (const e of errs) { e.stack = 'S2 ' + e.message; }
console.log(errs.map((e) => e.stack).join());
