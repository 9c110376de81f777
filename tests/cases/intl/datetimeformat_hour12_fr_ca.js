// 12-hour clocks in 24-hour locales: a time style keeps two hour digits (02:07:09 PM), Turkish ÖS/ÖÖ before the
// time, Czech dop./odp.; Canadian French dates (2024-09-05) and times (14 h 07 min 09 s, a.m./p.m.).
const d = new Date(Date.UTC(2024, 8, 5, 14, 7, 9)), d2 = new Date(Date.UTC(2024, 8, 5, 0, 7, 9));
for (const l of ['de', 'fr', 'it', 'pt', 'ru', 'pl', 'sv', 'nl', 'es', 'ja', 'zh', 'ko', 'en-GB', 'tr', 'cs', 'fr-CA', 'en-US'])
  console.log(l, [d, d2].map((x) => [{ hour: 'numeric', minute: '2-digit', hour12: true }, { timeStyle: 'medium', hour12: true }, { hour: 'numeric', hour12: true }, { hour: 'numeric', minute: '2-digit', hourCycle: 'h11' }, { hour: '2-digit', minute: '2-digit', hour12: false }].map((o) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(x)).join(' | ')).join(' || '));
{
for (const o of [{}, { hour: 'numeric' }, { hour: 'numeric', minute: '2-digit' }, { hour: '2-digit', minute: '2-digit', second: '2-digit' }, { timeStyle: 'short' }, { timeStyle: 'medium' }, { dateStyle: 'short' }, { dateStyle: 'medium' }, { dateStyle: 'long', timeStyle: 'short' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, { month: 'long', day: 'numeric' }, { minute: '2-digit', second: '2-digit' }]) {
  const f = new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
}
console.log(d.toLocaleString('fr-CA', { timeZone: 'UTC' }), d.toLocaleTimeString('fr-CA', { timeZone: 'UTC' }));
}
