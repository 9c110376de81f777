// @env: LANG=de_DE.UTF-8
// The default locale comes from the environment as ICU takes it (LC_ALL, LC_MESSAGES, LANG): with
// LANG=de_DE.UTF-8 every formatter and toLocaleString without locales is German (de-DE).
const d = new Date(Date.UTC(2024, 8, 5, 14, 7, 9));
console.log(d.toLocaleString(undefined, { timeZone: 'UTC' }), d.toLocaleDateString([], { timeZone: 'UTC', dateStyle: 'full' }), (1234.5).toLocaleString());
console.log(new Intl.NumberFormat().resolvedOptions().locale, Intl.DateTimeFormat().resolvedOptions().locale, new Intl.PluralRules().resolvedOptions().locale,
  new Intl.Collator().resolvedOptions().locale, new Intl.RelativeTimeFormat().format(-1, 'day'), new Intl.ListFormat().format(['a', 'b', 'c']));
console.log(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR' }).format(-1234.5), new Intl.NumberFormat('en-US').format(1234.5), (0.5).toLocaleString(undefined, { style: 'percent' }));
