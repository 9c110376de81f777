// Intl constructors validate their options (null, localeMatcher, Collator's usage/caseFirst/
// sensitivity) and canonicalize the requested locales as ECMA-402's CanonicalizeLocaleList.
const util = require('util');
const r = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name}: ${e.message}`; } };
const cases = [
  () => new Intl.Collator('en', { sensitivity: 'x' }).resolvedOptions(), () => new Intl.Collator('en', { usage: 'x' }).resolvedOptions(),
  () => new Intl.Collator('en', { caseFirst: 'upper' }).resolvedOptions(), () => new Intl.Collator('en', { caseFirst: 'x' }).resolvedOptions(),
  () => new Intl.Collator('en', { usage: 'search', sensitivity: 'base', ignorePunctuation: true, numeric: true }).resolvedOptions(),
  () => new Intl.Collator('en', null), () => new Intl.Collator('en', 5).resolvedOptions(), () => new Intl.NumberFormat('en', 5).resolvedOptions().locale,
  () => new Intl.NumberFormat('en', null), () => new Intl.DateTimeFormat('en', null), () => new Intl.PluralRules('en', null), () => new Intl.ListFormat('en', null), () => new Intl.RelativeTimeFormat('en', null),
  () => new Intl.Collator('en', { localeMatcher: 'x' }), () => new Intl.NumberFormat('en', { localeMatcher: 'x' }), () => new Intl.ListFormat('en', { type: 'x' }),
  () => new Intl.Collator('xx-invalid-tag-!!'), () => new Intl.NumberFormat('!!'), () => new Intl.Collator(['en', 5]),
  () => ['a', 'B', 'b', 'A', 'ä'].sort(new Intl.Collator('en', { caseFirst: 'upper' }).compare), () => ['a', 'B', 'b', 'A', 'ä'].sort(new Intl.Collator('en', { sensitivity: 'base' }).compare),
];
for (const f of cases) console.log(r(f));
for (const l of [[], 'en-US', ['de', 'en'], 'EN-us', new Intl.Locale('fr'), [new Intl.Locale('fr')], 5, null, true, { length: 1, 0: 'de' }, [''], '', 'en_US', 'x-private', ['en', 'EN'], ['en', 5]]) {
  console.log(util.inspect(l), r(() => new Intl.NumberFormat(l).resolvedOptions().locale), r(() => Intl.getCanonicalLocales(l)), r(() => new Intl.Collator(l).resolvedOptions().locale));
}
const words = ['résumé', 'Resume', 'resume', 'RÉSUMÉ', 'b', 'B', 'a'];
for (const o of [{ sensitivity: 'case' }, { caseFirst: 'upper' }, { caseFirst: 'lower' }, { sensitivity: 'accent' }]) {
  const c = new Intl.Collator('en', o);
  console.log(JSON.stringify(o), [...words].sort(c.compare).join(' '), c.compare('resume', 'Résumé'), c.compare('resume', 'résumé'), c.compare('a', 'A'));
}
for (const [l, o] of [['en-u-kn-true'], ['en-u-kn'], ['en-u-kn-false'], ['en-u-kn', { numeric: false }], ['en-u-kf-upper'], ['en-u-kf-upper-kn', { caseFirst: 'lower' }], ['en-u-kn-true', { numeric: true }]]) {
  const c = new Intl.Collator(l, o);
  const ro = c.resolvedOptions();
  console.log(l, JSON.stringify(o), ro.locale, ro.numeric, ro.caseFirst, ['a10', 'a9', 'A9'].sort(c.compare));
}
