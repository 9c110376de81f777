// util.inspect where plain data meets values that run user code (custom inspect functions,
// getters with `getters: true`, proxies, toStringTag getters, Buffers), so formatting
// changes hands mid-tree: circular references found on either side, shared references, depth
// and budget bookkeeping; plus util.format, changed defaultOptions / styles, and
// stripVTControlCharacters over generated escape sequences. Expected output comes from node.
'use strict';
const util = require('util');

class Custom {
  constructor(tag) { this.tag = tag; }
  [util.inspect.custom](depth, options, inspect) {
    return `Custom<${this.tag}|${depth}|${options.compact}|${typeof inspect}>`;
  }
}
class Multi { [util.inspect.custom]() { return 'line one\nline two'; } }
class ReturnsObject { [util.inspect.custom]() { return { replaced: [1, 2, 3], nested: { deep: true } }; } }
class ReturnsThis { constructor() { this.x = 1; } [util.inspect.custom]() { return this; } }
class Tagged { get [Symbol.toStringTag]() { return 'DynTag'; } constructor() { this.v = 1; } }
class StaticTag { static get [Symbol.toStringTag]() { return 'S'; } }
class WithAccessorProto { get computed() { return 42; } constructor() { this.own = 'o'; } }

const circA = { name: 'a' };
circA.self = circA;
const circB = { name: 'b', list: [] };
circB.list.push(circB, { back: circB });
const shared = { s: 1 };
const mixed = {
  plain: { n: 1, arr: [1, 2, 3], str: 'x' },
  custom: new Custom('top'),
  deeper: { level: { custom: new Custom('deep'), sibling: [1, 2, { three: 3 }] } },
  multi: new Multi(),
  replaced: new ReturnsObject(),
  self: new ReturnsThis(),
  tagged: new Tagged(),
  staticTag: StaticTag,
  accessorProto: new WithAccessorProto(),
  proxied: new Proxy({ a: 1, b: [2] }, {}),
  proxiedArr: new Proxy([1, 2, 3], {}),
  buf: Buffer.from('hi\n'),
  getter: { get g() { return { inner: [1, 2] }; }, set s(v) {}, plain: 1 },
  sharedA: shared, sharedB: shared,
  circA, circB,
};
const values = [
  mixed,
  [circA, new Custom('between'), circB, circA],
  [circA, circB, { again: circA }],
  { first: circA, second: new Custom('x'), third: circB, fourth: { c: circA } },
  new Map([[new Custom('key'), circA], ['k', { deep: { deeper: { deepest: { gone: 1 } } } }]]),
  new Set([circB, new Custom('in set')]),
  [new Multi(), { m: new Multi() }, [[new Multi()]]],
  Object.assign(Object.create({ inherited: true }), { own: 1 }),
  Object.assign(Object.create(null), { custom: new Custom('nullproto') }),
  { long: 'a'.repeat(70), obj: { more: 'b'.repeat(70), arr: Array.from({ length: 30 }, (_, i) => `item${i}`) } },
  Array.from({ length: 12 }, (_, i) => (i % 3 ? i * 1000 : new Custom(i))),
  Array.from({ length: 30 }, (_, i) => ({ i, sq: i * i })),
  Promise.resolve({ custom: new Custom('promise') }),
  Promise.reject(circA),
  { fn: Object.assign(function withProps() {}, { custom: new Custom('fnprop'), n: 1 }) },
];
Promise.reject(circA).catch(() => {});
values[13].catch(() => {});

const optionSets = [undefined, { depth: 0 }, { depth: 1 }, { depth: null }, { compact: false }, { compact: true },
  { breakLength: 50 }, { getters: true }, { getters: 'set' }, { customInspect: false }, { colors: true },
  { sorted: true }, { maxArrayLength: 2 }, { numericSeparator: true, compact: 1 }];
for (const opts of optionSets) {
  console.log(`=== ${util.inspect(opts)}`);
  for (const v of values) console.log(util.inspect(v, opts));
}

// console.log and util.format paths.
console.log(circA, new Custom('log'), [1, 2, 3], 'str', 42, { a: { b: { c: { d: 1 } } } });
console.log(util.format('%s | %o | %O | %j | %d | %i | %f', { s: 1 }, [1, { o: circA }], mixed.plain, { j: [1] }, 42.5, '42.9', '1.5e3'));
console.log(util.format('%s', new Custom('fmt')), util.format('%O', new Map([[1, { a: [1, 2] }]])));
console.log(util.formatWithOptions({ colors: true, compact: false }, 'x %O y', { a: [1, 'two'] }));

// Changed defaults and styles are honoured on both paths.
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { compact: 1, breakLength: 40, depth: 4 };
console.log(util.inspect(values[9]), util.inspect(values[3]));
util.inspect.defaultOptions = saved;
const savedStyle = util.inspect.styles.number;
util.inspect.styles.number = 'red';
util.inspect.styles.name = 'blue';
console.log(util.inspect({ n: 1, s: 'two', arr: [3, 4n] }, { colors: true }));
util.inspect.styles.number = savedStyle;
delete util.inspect.styles.name;
console.log(util.inspect({ n: 1, s: 'two' }, { colors: true }));

// Grouped arrays whose entries carry colour codes and wide characters.
console.log(util.inspect(Array.from({ length: 26 }, (_, i) => (i % 2 ? '日本'.repeat(i % 4) : i)), { colors: true }));
console.log(util.inspect(['\u001b[31mred\u001b[39m', 'ab', 'cd', 'ef', 'gh', 'ij', 'kl', 'mn']));

// stripVTControlCharacters over generated sequences (node's ansi regex).
const alphabet = ['\u001b', '\u009b', '[', ']', '(', ')', '#', ';', '?', '0', '1', '9', '12', '1234', '12345',
  'm', 'A', 'Q', 'R', 'Z', 'c', 'd', 'f', 'n', 'o', 'q', 'y', '=', '>', '<', '~', '\u0007', 'x', ' ', '/', '&', '_', '-', 'é'];
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const seen = new Set();
for (let i = 0; i < 600; i++) {
  let s = rand(3) === 0 ? '' : '\u001b';
  const len = 1 + rand(9);
  for (let j = 0; j < len; j++) s += alphabet[rand(alphabet.length)];
  const out = util.stripVTControlCharacters(s);
  if (out !== s) seen.add(JSON.stringify(s) + ' -> ' + JSON.stringify(out));
  else seen.add(JSON.stringify(s));
}
console.log([...seen].join('\n'));
