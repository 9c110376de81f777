// `this` in arrow functions nested in arrows that do not use `this` themselves (a Boa 0.22 scope
// analysis bug, patched in vendor/boa_ast).
function F() { this.v = 2; }
const t = (n, f) => { try { console.log(n, f()); } catch (e) { console.log(n, 'ERR', e.message); } };
F.prototype.single = function () { return (() => this.v)(); };
F.prototype.nested = function () { return (() => (() => this.v)())(); };
F.prototype.nestedOuterUses = function () { return (() => { this; return (() => this.v)(); })(); };
F.prototype.nestedOuterUsesAfter = function () { return (() => { const r = (() => this.v)(); this; return r; })(); };
F.prototype.nestedStrict = function () { 'use strict'; return (() => (() => this.v)())(); };
F.prototype.triple = function () { return (() => (() => (() => this.v)())())(); };
F.prototype.nestedArgs = function () { return (() => (() => arguments.length)())(); };
F.prototype.nestedNewTarget = function () { return (() => (() => typeof new.target)())(); };
for (const k of ['single', 'nested', 'nestedOuterUses', 'nestedOuterUsesAfter', 'nestedStrict', 'triple', 'nestedArgs', 'nestedNewTarget']) t(k, () => new F()[k](1, 2));
class S { constructor() { this.v = 9; } g() { return (() => (() => super.toString === Object.prototype.toString)())(); } }
t('super nested', () => new S().g());
const o = { v: 1, m() { return [1].map(() => [2].map(() => this.v)); } };
t('obj method nested arrow', () => JSON.stringify(o.m()));
function F() { this.v = 2; }
F.prototype.m = function () { return (() => (() => this.v)())(); };
t('function nested arrow', () => new F().m());
class C { constructor() { this.v = 3; } m() { return (() => (() => this.v)())(); } }
t('class nested arrow iife', () => new C().m());
class D { constructor() { this.v = 4; } m() { const a = () => { const b = () => this.v; return b(); }; return a(); } }
t('class nested arrow named', () => new D().m());
class E { constructor() { this.v = 5; } m() { const a = () => () => this.v; return a()(); } }
t('class arrow returns arrow', () => new E().m());
class G { constructor() { this.v = 6; } m() { return [1].map(() => [2].map(() => this.v)); } }
t('class map map', () => JSON.stringify(new G().m()));
class H { constructor() { this.v = 7; } m() { return [1].map(() => [2].map(() => this.v + 0)); } }
t('class map map expr', () => JSON.stringify(new H().m()));
class I { f() { return 8; } m() { return [1].map(() => [2].map(() => this.f())); } }
t('class map map call', () => JSON.stringify(new I().m()));
class J { f() { return 9; } m() { const self = this; return [1].map(() => [2].map(() => self.f())); } }
t('class self', () => JSON.stringify(new J().m()));
const K = { f() { return 10; }, m() { return [1].map(() => [2].map(() => this.f())); } };
t('obj map map call', () => JSON.stringify(K.m()));
