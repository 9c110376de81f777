// util.format %s: an object whose own or inherited (non built-in) Symbol.toPrimitive or toString
// decides is converted with String(); built-in ones (Date, Map, ...) are inspected, as node 20.
const util = require('util');
class Money { constructor(v) { this.v = v; } [Symbol.toPrimitive](hint) { return hint === 'number' ? this.v : `$${this.v}`; } }
console.log(util.format('%s', new Money(5)), util.format('%s', [new Money(1)]), util.format('%s', new Date(0)).length > 10);
console.log(util.format('%s', { [Symbol.toPrimitive]: 1 }), util.format('%d', new Money(7)));
class Sub extends Date {} console.log(util.format('%s', new Sub(0)));
const o = Object.create(null); o[Symbol.toPrimitive] = () => 'np'; console.log(util.format('%s', o));
const p = Object.create({ [Symbol.toPrimitive]() { return 'inh'; } }); console.log(util.format('%s', p));
class T { toString() { return 'T!'; } } class U extends T { [Symbol.toPrimitive]() { return 'U!'; } } console.log(util.format('%s', new U(), new T()));
console.log(util.format('%s', Object.assign(Object.create(null), { toString: 5 })), util.format('%s', new (class V extends Map {})()));
