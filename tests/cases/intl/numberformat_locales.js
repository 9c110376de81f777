// Number formats of common locales (separators, grouping from 5 digits, percent spacing, minus
// sign, euro placement), as node 20's CLDR data prints them.
for (const l of ['de-DE', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'pt-PT', 'nl-NL', 'ru-RU', 'sv-SE', 'pl-PL', 'ja-JP', 'en-IN', 'fr-CA', 'en-GB']) {
  console.log(l, JSON.stringify([new Intl.NumberFormat(l, { style: 'percent' }).format(-0.25), new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR' }).format(-1234.5),
    (1234.5).toLocaleString(l), (12345.5).toLocaleString(l), (-1234567.891).toLocaleString(l)]));
}
