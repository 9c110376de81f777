// toLocaleString/localeCompare validate null options and locales; every Intl constructor checks
// localeMatcher; Segmenter and DisplayNames canonicalize their locale.
const r = (f) => { try { return JSON.stringify(f()); } catch (e) { return `${e.name}: ${e.message}`; } };
for (const f of [() => new Date(0).toLocaleString('en', null), () => (5).toLocaleString('en', null), () => (5).toLocaleString('EN-us'), () => (5).toLocaleString('en_US'), () => new Date(0).toLocaleDateString('xx-!!'),
  () => (1234.5).toLocaleString(['de-DE', 'en']), () => 'a'.localeCompare('b', 'en_US'), () => 'a'.localeCompare('b', 'en', null), () => (5).toLocaleString(null), () => new Date(0).toLocaleString([], { timeZone: 'UTC' }),
  () => new Intl.DateTimeFormat('en', { localeMatcher: 'x' }), () => new Intl.PluralRules('en', { localeMatcher: 'x' }), () => new Intl.RelativeTimeFormat('en', { localeMatcher: 'x' }), () => new Intl.ListFormat('en', { localeMatcher: 'x' }),
  () => new Intl.Segmenter('en', { localeMatcher: 'x' }), () => new Intl.DisplayNames('en', { type: 'region', localeMatcher: 'x' }), () => new Intl.Segmenter('EN-us').resolvedOptions(), () => new Intl.DisplayNames('EN-us', { type: 'region' }).resolvedOptions().locale])
  console.log(r(f));
console.log(r(() => (5n).toLocaleString('en', null)), r(() => ['a10', 'a9'].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))), r(() => 'a'.localeCompare('B', 'en')));
