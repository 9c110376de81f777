// util.inspect edge cases of the native formatter's hand-over rules: how options are read
// (getters, inherited and hidden keys, legacy arguments), toStringTag and constructor oddities,
// functions and classes with properties, null prototypes, sparse arrays, extra keys on
// collections, and compact: true line breaking. Expected output comes from node.
'use strict';
const util = require('util');
const show = (label, v, opts) => console.log(`${label}: ${util.inspect(v, opts)}`);

// Options: a getter runs once, inherited and non-enumerable keys are ignored, legacy form.
let reads = 0;
show('getter opt', { a: { b: { c: { d: 1 } } } }, { get depth() { reads++; return 0; } });
console.log('depth getter reads', reads);
show('inherited opt', { a: { b: { c: { d: 1 } } } }, Object.create({ depth: 0 }));
show('hidden opt', { a: { b: { c: { d: 1 } } } }, Object.defineProperty({}, 'depth', { value: 0 }));
console.log(util.inspect({ a: { b: { c: { d: { e: 1 } } } } }, false, 3, false));
console.log(util.inspect({ a: [1, 'x'] }, true, 0, true));
console.log(util.inspect({ a: 1 }, undefined, undefined));
show('unknown opt', { a: 1 }, { foo: 1, depth: 1 });
show('stylize opt', { a: 1, s: 'x' }, { stylize: (s, t) => `<${t}:${s}>` });
show('stylize + colors', { a: 1 }, { stylize: (s, t) => `<${t}:${s}>`, colors: true });
show('string opts', { a: 1 }, 'depth');
show('depth undefined', { a: { b: { c: { d: { e: 1 } } } } }, { depth: undefined });
show('depth NaN', { a: { b: { c: { d: { e: 1 } } } } }, { depth: NaN });
show('depth -1', { a: 1 });
show('depth -1 opt', { a: [1] }, { depth: -1 });
show('breakLength string', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], { breakLength: '5' });
show('maxArrayLength -1', [1, 2, 3], { maxArrayLength: -1 });
show('maxStringLength -2', 'abcdef', { maxStringLength: -2 });
show('compact 0', { a: [1, 2] }, { compact: 0 });
show('compact 1.5', Array.from({ length: 20 }, (_, i) => i), { compact: 1.5 });
show('compact true long', { first: 'x'.repeat(60), second: { inner: 'y'.repeat(75) }, arr: ['z'.repeat(50), 'w'.repeat(50)] }, { compact: true, breakLength: 60 });
show('compact true short', { a: 1, b: [1, 2], c: { d: 'e' } }, { compact: true });

// toStringTag and constructor oddities.
show('own enumerable tag', { [Symbol.toStringTag]: 'X', a: 1 });
show('own hidden tag', Object.defineProperty({ a: 1 }, Symbol.toStringTag, { value: 'Hidden' }));
class Foo {}
Foo.prototype[Symbol.toStringTag] = 'Bar';
show('proto tag', new Foo());
show('proto tag same', Object.assign(new (class Baz {})(), { x: 1 }));
show('array proto object', Object.create(Array.prototype));
show('string constructor prop', { constructor: 'x' });
show('fn constructor prop', { constructor: function Foo() {} });
show('null proto array', Object.setPrototypeOf([1, 2], null));
show('null proto map', Object.setPrototypeOf(new Map([[1, 2]]), null));
show('map no iterator', Object.setPrototypeOf(new Map([[1, 2]]), Object.prototype));
class NoName {}
Object.defineProperty(NoName, 'name', { value: '' });
show('nameless class instance', new NoName());
const anon = (() => class {})();
show('anon class', anon);
show('anon class instance', new anon());

// Functions and classes with properties.
class WithStatic { static x = 1; static y = [1, 2]; }
show('class statics', WithStatic);
class Ext extends WithStatic {}
show('class extends', Ext);
function plain() {}
plain.prop = { nested: true };
show('fn props', plain);
show('bound fn', function orig() {}.bind(null));
show('arrow props', Object.assign(() => {}, { a: 1 }));
show('async arrow', async () => {});
show('method', { m() {} }.m);
show('generator method', { *g() {} }.g);
show('async gen method', { async *ag() {} }.ag);
show('native fn', Math.max);
show('fn null proto', Object.setPrototypeOf(function np() {}, null));
show('getter fn name', Object.defineProperty(function gn() {}, 'name', { get() { return 'dyn'; } }));

// Arrays: holes, getters, extra keys.
show('holes', [1, , , , 5, , 7]);
show('holes max 2', [1, , , , 5, , 7], { maxArrayLength: 2 });
show('holes max 3', [1, , , , 5, , 7], { maxArrayLength: 3 });
const holesX = [1, , 3];
holesX.x = 1;
show('holes + key', holesX);
const far = [];
far[100000] = 1;
show('far', far);
show('getter element', Object.defineProperty([1, 2], 0, { get() { return 9; }, enumerable: true }));
show('getter element on', Object.defineProperty([1, 2], 0, { get() { return 9; }, enumerable: true }), { getters: true });
show('numeric-ish keys', { '-0': 1, '01': 2, 1e21: 3, 4294967295: 4, 4294967294: 5, '1.5': 6 });
const bigIdx = [1, 2];
bigIdx['4294967295'] = 'x';
show('array big key', bigIdx);
show('grouped with extras', Object.assign(Array.from({ length: 10 }, (_, i) => i), { extra: 'key' }));
show('grouped numbers+bigint', [1, 2n, 3, 4n, 5, 6n, 7, 8n]);
show('grouped with hole', [1, 2, 3, , 5, 6, 7, 8, 9]);

// Collections and boxed values with extra keys.
show('map props', Object.assign(new Map([[1, { a: 1 }]]), { extra: 1 }));
show('set props', Object.assign(new Set([1]), { extra: [1] }));
show('empty map props', Object.assign(new Map(), { extra: 1 }));
show('typed props', Object.assign(new Uint8Array(3), { extra: 1 }));
show('number props', Object.assign(new Number(3), { a: 1 }));
show('number props colors', Object.assign(new Number(-0), { a: 1 }), { colors: true });
show('boxed colors', [new Number(3), new Boolean(false), Object(1n), Object(Symbol('q'))], { colors: true });
show('date props', Object.assign(new Date(0), { a: 1 }));
show('regexp props depth', { r: Object.assign(/x/g, { a: 1 }) }, { depth: 0 });
show('promise in promise', Promise.resolve(Promise.resolve([1])));
show('weak in obj', { wm: new WeakMap(), ws: new WeakSet() });
show('shared refs', (() => { const s = [1]; return { a: s, b: s, c: [s, s] }; })());
show('symbol values', [Symbol('a\nb'), Symbol("q'"), Symbol('')]);
show('symbol keys', { [Symbol('a\nb')]: 1, [Symbol("q'\\")]: 2, [Symbol()]: 3, [Symbol('')]: 4 });
show('Symbol.for custom', [{ [Symbol.for('nodejs.util.inspect.custom')]() { return 'SF'; } }]);
show('custom returning primitive', { n: { [util.inspect.custom]: () => 42 } });
show('custom on prototype object', Object.getPrototypeOf(new (class P { [util.inspect.custom]() { return 'P!'; } })()));
show('arguments', [(function () { return arguments; })(1, [2, 3], { a: 1 }), (function () { 'use strict'; return arguments; })()]);
show('arguments + key', Object.assign((function () { return arguments; })('x'), { k: 1 }));
