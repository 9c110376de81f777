// Deep equality of boxed primitives by internal kind and value (not tag or prototype), and typed
// arrays carrying symbol keys.
const util = require('util');
const assert = require('assert');
const mk = (v, tag, proto) => { Object.defineProperty(v, Symbol.toStringTag, { value: tag }); Object.setPrototypeOf(v, proto); return v; };
const sym = Symbol('s');
const ta = new Uint8Array(2); ta[sym] = 1;
const tb = new Uint8Array(2); tb[sym] = 2;
const tc = new Uint8Array(2); tc[sym] = 1;
const pairs = [
  ['bool/str', mk(new Boolean(true), 'String', String.prototype), new String('true')],
  ['num/str', mk(new Number(42), 'String', String.prototype), new String('42')],
  ['str/num', mk(new String('0'), 'Number', Number.prototype), new Number(0)],
  ['big/str', mk(Object(42n), 'String', String.prototype), new String('42')],
  ['sym/str', mk(Object(Symbol('x')), 'String', String.prototype), new String('x')],
  ['num/num', new Number(2), new Number(2)], ['num/num2', new Number(2), new Number(3)],
  ['nan', new Number(NaN), new Number(NaN)], ['zero', new Number(0), new Number(-0)],
  ['str', new String('ab'), new String('ab')], ['big', Object(1n), Object(1n)],
  ['ta sym differ', ta, tb], ['ta sym same', ta, tc],
];
for (const [name, a, b] of pairs) {
  let loose;
  try { assert.deepEqual(a, b); loose = true; } catch (e) { loose = e.code; }
  console.log(name, util.isDeepStrictEqual(a, b), util.isDeepStrictEqual(b, a), loose);
}
