'use strict';
// Proxy errors in V8's words: the constructor's, a revoked proxy's (naming the operation), each
// invariant a trap breaks (naming the trap and the property), and a trap's falsish result where
// the operation had to succeed (strict [[Set]], delete, Object.defineProperty and friends).
const out = [];
function t(label, f) { try { const r = f(); out.push(`${label}: ok ${String(r)}`); } catch (e) { out.push(`${label}: ${e.name}: ${e.message}`); } }
const frozen = Object.freeze({ x: 1, get g() { return 1; } });
const nonExt = Object.preventExtensions({ y: 1 });
const nc = Object.defineProperty({}, 'z', { value: 1, writable: true, configurable: false });
t('ctor non-object target', () => new Proxy(1, {}));
t('ctor non-object handler', () => new Proxy({}, null));
t('ctor without new', () => Proxy({}, {}));
const r = Proxy.revocable({}, {}); r.revoke();
const rf = Proxy.revocable(function () {}, {}); rf.revoke();
for (const [n, f] of Object.entries({
  getPrototypeOf: (p) => Object.getPrototypeOf(p), setPrototypeOf: (p) => Object.setPrototypeOf(p, null),
  isExtensible: (p) => Object.isExtensible(p), preventExtensions: (p) => Object.preventExtensions(p),
  getOwnPropertyDescriptor: (p) => Object.getOwnPropertyDescriptor(p, 'a'), defineProperty: (p) => Object.defineProperty(p, 'a', { value: 1 }),
  has: (p) => 'a' in p, get: (p) => p.a, set: (p) => { p.a = 1; }, deleteProperty: (p) => delete p.a, ownKeys: (p) => Object.keys(p),
})) t('revoked ' + n, () => f(r.proxy));
t('revoked apply', () => rf.proxy()); t('revoked construct', () => new rf.proxy());
t('getPrototypeOf invalid', () => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })));
t('getPrototypeOf nonext', () => Object.getPrototypeOf(new Proxy(nonExt, { getPrototypeOf: () => Array.prototype })));
t('setPrototypeOf falsish', () => Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null));
t('setPrototypeOf nonext', () => Object.setPrototypeOf(new Proxy(nonExt, { setPrototypeOf: () => true }), null));
t('isExtensible inconsistent', () => Object.isExtensible(new Proxy({}, { isExtensible: () => false })));
t('preventExtensions falsish', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })));
t('preventExtensions extensible', () => Object.preventExtensions(new Proxy({}, { preventExtensions: () => true })));
t('gOPD invalid', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => 1 }), 'a'));
t('gOPD undefined nc', () => Object.getOwnPropertyDescriptor(new Proxy(nc, { getOwnPropertyDescriptor: () => undefined }), 'z'));
t('gOPD undefined nonext', () => Object.getOwnPropertyDescriptor(new Proxy(nonExt, { getOwnPropertyDescriptor: () => undefined }), 'y'));
t('gOPD nonext new', () => Object.getOwnPropertyDescriptor(new Proxy(nonExt, { getOwnPropertyDescriptor: () => ({ value: 1, configurable: true }) }), 'q'));
t('gOPD incompatible', () => Object.getOwnPropertyDescriptor(new Proxy(frozen, { getOwnPropertyDescriptor: () => ({ value: 2, configurable: true }) }), 'x'));
t('gOPD nonconfigurable', () => Object.getOwnPropertyDescriptor(new Proxy({}, { getOwnPropertyDescriptor: () => ({ value: 1, configurable: false }) }), 'x'));
t('gOPD nc writable', () => Object.getOwnPropertyDescriptor(new Proxy(frozen, { getOwnPropertyDescriptor: () => ({ value: 1, writable: true, configurable: false }) }), 'x'));
t('defineProperty falsish', () => Object.defineProperty(new Proxy({}, { defineProperty: () => false }), 'a', { value: 1 }));
t('defineProperty nonext', () => Object.defineProperty(new Proxy(nonExt, { defineProperty: () => true }), 'a', { value: 1 }));
t('defineProperty nc', () => Object.defineProperty(new Proxy({}, { defineProperty: () => true }), 'a', { value: 1, configurable: false }));
t('defineProperty incompatible', () => Object.defineProperty(new Proxy(frozen, { defineProperty: () => true }), 'x', { value: 2 }));
t('defineProperty nc writable', () => Object.defineProperty(new Proxy(nc, { defineProperty: () => true }), 'z', { value: 1, writable: false, configurable: false }));
t('has nc', () => 'z' in new Proxy(nc, { has: () => false }));
t('has nonext', () => 'y' in new Proxy(nonExt, { has: () => false }));
t('get nc data', () => new Proxy(frozen, { get: () => 2 }).x);
t('get nc accessor', () => new Proxy(Object.defineProperty({}, 's', { set() {}, configurable: false }), { get: () => 2 }).s);
t('set falsish', () => { new Proxy({}, { set: () => false }).q = 1; });
t('set falsish sym', () => { new Proxy({}, { set: () => false })[Symbol('s')] = 1; });
t('set frozen data', () => { new Proxy(frozen, { set: () => true }).x = 2; });
t('set frozen accessor', () => { new Proxy(frozen, { set: () => true }).g = 2; });
t('delete falsish', () => delete new Proxy({}, { deleteProperty: () => false }).a);
t('delete nc', () => delete new Proxy(nc, { deleteProperty: () => true }).z);
t('delete nonext', () => delete new Proxy(nonExt, { deleteProperty: () => true }).y);
t('ownKeys not object', () => Object.keys(new Proxy({}, { ownKeys: () => 1 })));
t('ownKeys bad element', () => Object.keys(new Proxy({}, { ownKeys: () => [1] })));
t('ownKeys dup', () => Object.keys(new Proxy({}, { ownKeys: () => ['a', 'a'] })));
t('ownKeys missing nc', () => Object.keys(new Proxy(nc, { ownKeys: () => [] })));
t('ownKeys missing nonext', () => Object.keys(new Proxy(nonExt, { ownKeys: () => [] })));
t('ownKeys extra nonext', () => Object.keys(new Proxy(nonExt, { ownKeys: () => ['y', 'extra'] })));
t('construct non-object', () => new (new Proxy(function () {}, { construct: () => 1 }))());
t('trap not function', () => new Proxy({}, { get: 1 }).x);
t('apply non-callable', () => new Proxy({}, {})());
t('construct non-ctor', () => new (new Proxy(() => 1, {}))());
t('strict delete sym', () => delete new Proxy({}, { deleteProperty: () => false })[Symbol.iterator]);
t('defineProperties', () => Object.defineProperties(new Proxy({}, { defineProperty: () => false }), { a: { value: 1 } }));
t('freeze', () => Object.freeze(new Proxy({}, { preventExtensions: () => false })));
t('seal', () => Object.seal(new Proxy({}, { preventExtensions: () => false })));
t('Reflect.set', () => Reflect.set(new Proxy({}, { set: () => false }), 'a', 1));
t('assign', () => Object.assign(new Proxy({}, { set: () => false }), { a: 1 }));
t('push', () => Array.prototype.push.call(new Proxy([], { set: () => false }), 1));
t('class field', () => { class A { constructor() { return new Proxy({}, { defineProperty: () => false }); } } class B extends A { x = 1; } new B(); });
t('isArray revoked', () => Array.isArray(r.proxy));
t('ownKeys bad elements', () => Object.keys(new Proxy({}, { ownKeys: () => ['a', null] })));
t('get nc object', () => new Proxy(Object.freeze({ o: {} }), { get: () => [1] }).o);
t('construct undefined', () => new (new Proxy(function () {}, { construct: () => undefined }))());
const ncw = Object.defineProperty({}, 'w', { value: 1, writable: true, configurable: false });
t('gOPD nc non-writable', () => Object.getOwnPropertyDescriptor(new Proxy(ncw, { getOwnPropertyDescriptor: () => ({ value: 1, writable: false, configurable: false }) }), 'w'));
console.log(out.join('\n'));
