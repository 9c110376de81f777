// Intl objects keep their state internally: no own properties (inspect shows
// `NumberFormat [Intl.NumberFormat] {}`, JSON {} and Object.keys []), prototypes carry
// Symbol.toStringTag, methods check their receiver as V8 does.
const util = require('util');
const kinds = ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter', 'Locale', 'DisplayNames'];
const make = (k) => new Intl[k](k === 'Locale' ? 'en-US' : 'en', k === 'DisplayNames' ? { type: 'region' } : undefined);
for (const k of kinds) {
  const v = make(k);
  console.log(k, util.inspect(v), JSON.stringify(v), Object.keys(v), Reflect.ownKeys(v).length, Object.prototype.toString.call(v),
    JSON.stringify(Object.getOwnPropertyDescriptor(Intl[k].prototype, Symbol.toStringTag)), util.inspect({ v }));
  console.log(util.inspect(v, { showHidden: true }));
  console.log(' ', Object.getOwnPropertyNames(Intl[k].prototype).join(','), Intl[k].name, Intl[k].length);
}
console.log(util.inspect(new Intl.Segmenter('en').segment('ab')));
const r = (f) => { try { return util.inspect(f()); } catch (e) { return `${e.name}: ${e.message}`; } };
const g = (C, k) => Object.getOwnPropertyDescriptor(C.prototype, k).get;
const s = new Intl.Segmenter().segment('ab');
const P = Object.getPrototypeOf(s);
for (const f of [() => P.containing.call({}), () => P[Symbol.iterator].call({}), () => [...s].length, () => s.containing(1),
  () => Intl.DateTimeFormat.prototype.formatToParts.call({}), () => Intl.Collator.prototype.resolvedOptions.call({}), () => g(Intl.Collator, 'compare').call({}),
  () => Intl.NumberFormat.prototype.formatToParts.call(1), () => Intl.PluralRules.prototype.select.call({}), () => Intl.ListFormat.prototype.format.call(new Intl.PluralRules()),
  () => Intl.DisplayNames.prototype.of.call(1), () => g(Intl.NumberFormat, 'format').call(1), () => Intl.Segmenter.prototype.resolvedOptions.call(Object.create(Intl.Segmenter.prototype)),
  () => Intl.Locale.prototype.toString.call({}), () => g(Intl.Locale, 'language').call({}), () => Intl.PluralRules(), () => Intl.DisplayNames(), () => Intl.Segmenter(), () => Intl.Locale('en'),
  () => Intl.NumberFormat.prototype.resolvedOptions.call(Symbol('q')), () => Intl.NumberFormat.prototype.resolvedOptions.call(null),
  () => g(Intl.NumberFormat, 'format').name, () => Object.getOwnPropertyDescriptor(Intl.NumberFormat, 'prototype'),
  () => [Intl.NumberFormat.prototype.formatToParts.length, Intl.RelativeTimeFormat.prototype.format.length, Intl.PluralRules.prototype.select.length, Intl.DisplayNames.prototype.of.length],
  () => Intl.NumberFormat('en') instanceof Intl.NumberFormat, () => Intl.Collator().compare('a', 'b'), () => ['b', 'a', 'C'].sort(new Intl.Collator('en').compare),
  () => Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(0), () => [1, 2000].map(new Intl.NumberFormat('en').format),
  () => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).resolvedOptions(), () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions(),
  () => new Intl.Collator('en', { numeric: true }).resolvedOptions(), () => new Intl.PluralRules('en').resolvedOptions(), () => new Intl.RelativeTimeFormat('en').resolvedOptions(),
  () => new Intl.ListFormat('en').resolvedOptions(), () => new Intl.Segmenter('en').resolvedOptions(), () => new Intl.DisplayNames('en', { type: 'region' }).resolvedOptions(),
  () => new Intl.Locale('en-US').maximize().toString(), () => new Intl.Locale('en-Latn-US').minimize().toString(), () => new Intl.DisplayNames('en', { type: 'region' }).of('DE'),
  () => new Intl.RelativeTimeFormat('en').format(-1, 'day'), () => new Intl.ListFormat('en').format(['a', 'b', 'c']), () => new Intl.PluralRules('en').select(1),
  () => [Intl.NumberFormat.supportedLocalesOf(['en-US', 'xx']), Object.getOwnPropertyNames(Intl.NumberFormat), Object.getOwnPropertyNames(Intl.Segmenter)]]) console.log(r(f));
class X extends Intl.NumberFormat { }
const x = new X('en');
console.log(x.format(1234.5), x instanceof Intl.NumberFormat, util.inspect(x), Object.prototype.toString.call(Intl.NumberFormat.prototype), util.inspect(Intl.NumberFormat.prototype));
