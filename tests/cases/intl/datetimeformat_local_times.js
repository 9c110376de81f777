// Times in de/fr/es/nl/sv: a lone hour's unit ('13 Uhr', '13 h'), 12-hour periods that are not
// AM/PM ('p. m.', 'p.m.', 'em'), the date-time join after a short month, German day-month dots
// and month/year slash, as node 20's CLDR patterns.
const d = [Date.UTC(2024, 1, 9, 13, 7, 5), Date.UTC(2024, 10, 23, 9, 7, 5)];
const f = (l, o) => d.map((t) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(t)).join(' / ');
for (const l of ['de-DE', 'fr-FR', 'it-IT', 'nl-NL', 'pt-BR']) {
  console.log(l, JSON.stringify([f(l, { hour: 'numeric' }), f(l, { hour: '2-digit' }), f(l, { hour: 'numeric', minute: '2-digit', hour12: true }),
    f(l, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }), f(l, { month: 'numeric', day: 'numeric', weekday: 'short' }),
    f(l, { month: '2-digit', day: '2-digit' }), f(l, { year: 'numeric', month: 'numeric' })]));
}
for (const l of ['es-ES', 'sv-SE']) console.log(l, f(l, { hour: 'numeric' }), f(l, { hour: 'numeric', minute: '2-digit', hour12: true }));
