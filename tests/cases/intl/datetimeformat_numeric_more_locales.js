// Default (numeric) dates and times of more locales: order, separators, padding, the date-time join and
// the final dot of hu/hr/lv (2024. 03. 05.), 24-hour clocks, hi's lowercase am/pm.
const ds = [new Date(Date.UTC(2024, 2, 5, 14, 7, 9)), new Date(Date.UTC(2024, 10, 25, 9, 5, 3))];
const locs = ['tr-TR', 'nb-NO', 'cs-CZ', 'sk-SK', 'hu-HU', 'ro-RO', 'uk-UA', 'he-IL', 'hi-IN', 'hr-HR', 'sl-SI', 'lt-LT', 'lv-LV', 'et-EE',
  'de-AT', 'fr-CH', 'fr-BE', 'nl-BE', 'pt-PT', 'en-NZ', 'en-IE', 'ru-RU', 'pl-PL', 'ko-KR'];
for (const l of locs) {
  console.log(l, ds.map((d) => [d.toLocaleString(l, { timeZone: 'UTC' }), d.toLocaleDateString(l, { timeZone: 'UTC' }), d.toLocaleTimeString(l, { timeZone: 'UTC' }),
    d.toLocaleDateString(l, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }), d.toLocaleTimeString(l, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' })].join(' | ')).join(' || '));
}
