// Month and weekday names and named-date patterns of de/fr/es/it/pt/nl (day, month, year
// combinations, weekdays, date styles, the word joining a time), as node 20's CLDR data.
const d = new Date(Date.UTC(2024, 1, 9, 13, 7, 5));
const f = (l, o) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(d);
for (const l of ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL']) {
  console.log(l, JSON.stringify([f(l, { year: 'numeric', month: 'long', day: 'numeric' }), f(l, { month: 'long', day: 'numeric' }), f(l, { year: 'numeric', month: 'long' }),
    f(l, { year: 'numeric', month: 'short', day: 'numeric' }), f(l, { month: 'short', day: 'numeric' }), f(l, { year: 'numeric', month: 'short' }),
    f(l, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }), f(l, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }),
    f(l, { dateStyle: 'full' }), f(l, { dateStyle: 'long' }), f(l, { dateStyle: 'medium' }), f(l, { dateStyle: 'short' }),
    f(l, { dateStyle: 'long', timeStyle: 'short' }), f(l, { dateStyle: 'medium', timeStyle: 'short' }),
    f(l, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }), f(l, { month: 'long' })]));
  const months = [];
  for (let m = 0; m < 12; m++) months.push(new Date(Date.UTC(2024, m, 3)).toLocaleDateString(l, { timeZone: 'UTC', month: 'long', day: 'numeric' }) + '/' + new Date(Date.UTC(2024, m, 3)).toLocaleDateString(l, { timeZone: 'UTC', month: 'short', day: 'numeric' }));
  const days = [];
  for (let i = 0; i < 7; i++) days.push(new Date(Date.UTC(2024, 0, 7 + i)).toLocaleDateString(l, { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
  console.log(l, months.join(', '));
  console.log(l, days.join(' | '));
}
for (const l of ['de', 'fr', 'es', 'it', 'pt', 'nl']) {
  console.log(l, ['long', 'short'].map((w) => f(l, { weekday: w })).join('|'), f(l, { weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric' }));
}
