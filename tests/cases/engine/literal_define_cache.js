// Object literals define their properties (never calling setters up the chain), in order,
// with duplicate keys, spreads, __proto__ and accessors mixed in; run several times so that
// cached transitions are taken.
'use strict';
const log = [];
function make(i) {
  return { a: i, b: i * 2, c: 'x' + i, a2: undefined, b2: null };
}
for (let i = 0; i < 3; i++) {
  const o = make(i);
  log.push(JSON.stringify(o), Object.keys(o).join());
}
function dup(i) { return { a: 1, b: 2, a: i }; }
for (let i = 0; i < 3; i++) { const o = dup(i); log.push(JSON.stringify(o) + ' ' + Object.keys(o)); }
function withProto(p) { return { __proto__: p, x: 1, y: 2 }; }
const p1 = { q: 1 };
for (let i = 0; i < 3; i++) { const o = withProto(i === 2 ? null : p1); log.push(Object.keys(o) + ' ' + (Object.getPrototypeOf(o) === p1) + ' ' + o.q); }
function spread(s) { return { a: 1, ...s, b: 2 }; }
for (const s of [{}, { a: 9 }, { b: 7, c: 3 }, { z: 1 }]) { const o = spread(s); log.push(JSON.stringify(o)); }
function acc(i) { return { a: i, get b() { return 'g' + i; }, c: 3 }; }
for (let i = 0; i < 3; i++) { const o = acc(i); log.push(JSON.stringify(o) + ' ' + JSON.stringify(Object.getOwnPropertyDescriptor(o, 'b').set)); }
// A setter on Object.prototype for a literal's key: a literal defines, so it is never called.
let called = 0;
function lit(i) { return { k1: i, trap: i, k3: i }; }
for (let i = 0; i < 2; i++) lit(i);
Object.defineProperty(Object.prototype, 'trap', { set(v) { called++; }, get() { return 'proto'; }, configurable: true });
for (let i = 0; i < 3; i++) { const o = lit(i); log.push(JSON.stringify(o) + ' ' + Object.getOwnPropertyNames(o)); }
const o2 = {}; o2.trap = 5; log.push('assignment calls the setter: ' + called + ' own=' + Object.hasOwn(o2, 'trap'));
delete Object.prototype.trap;
// Attributes of literal properties.
const d = Object.getOwnPropertyDescriptor(lit(7), 'k3');
log.push(JSON.stringify(d));
// Same keys in different orders give different key orders.
function ab(i) { return i % 2 ? { a: 1, b: 2 } : { b: 2, a: 1 }; }
for (let i = 0; i < 4; i++) log.push(Object.keys(ab(i)).join());
console.log(log.join('\n'));
