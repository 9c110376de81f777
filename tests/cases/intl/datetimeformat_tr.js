// Turkish dates: month and weekday names, the weekday after the date (5 Eylül 2024 Perşembe, 5.9.2024 Per),
// ÖÖ/ÖS before a 12-hour time, d/m and MM/y numeric forms.
const d = new Date(Date.UTC(2024, 8, 5, 14, 7, 9));
const opts = [{ dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { dateStyle: 'full', timeStyle: 'short' },
  { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'long' }, { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: 'numeric' }, { day: 'numeric' }, { year: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric' }, { weekday: 'long' },
  { weekday: 'short' }, { weekday: 'narrow' }, { weekday: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'long', day: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', hour12: true },
  { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: 'numeric' }, { hour: 'numeric', hour12: true }, { year: '2-digit', month: 'long' },
  { month: 'long', year: 'numeric', timeZoneName: 'short' }, {}];
for (const o of [...opts, { weekday: 'short', month: 'numeric', day: 'numeric' }, { year: 'numeric', month: 'numeric' }, { month: 'numeric', day: 'numeric' }]) {
  const f = new Intl.DateTimeFormat('tr-TR', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
}
console.log(d.toLocaleString('tr-TR', { timeZone: 'Europe/Istanbul' }), d.toLocaleDateString('tr-TR', { timeZone: 'UTC', dateStyle: 'full' }));
