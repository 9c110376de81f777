// Numeric dates and 24-hour times of common locales (order, separators, padding, date-time
// join), as node 20's CLDR patterns print them.
const d = new Date(Date.UTC(2024, 1, 9, 13, 7, 5));
const e = new Date(Date.UTC(2024, 10, 23, 9, 7, 5));
for (const l of ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'ru-RU', 'ja-JP', 'zh-CN', 'sv-SE', 'pl-PL', 'en-US', 'en-GB']) {
  for (const x of [d, e]) {
    console.log(l, JSON.stringify([x.toLocaleString(l, { timeZone: 'UTC' }), x.toLocaleDateString(l, { timeZone: 'UTC' }), x.toLocaleTimeString(l, { timeZone: 'UTC' }),
      x.toLocaleDateString(l, { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }), x.toLocaleTimeString(l, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }),
      x.toLocaleDateString(l, { timeZone: 'UTC', month: 'numeric', day: 'numeric' })]));
  }
}
