// Intl.RelativeTimeFormat in German, French and Spanish (long style; numeric always and auto,
// plural unit names, locale number formats), as node 20's CLDR data.
for (const l of ['de', 'fr', 'es']) {
  for (const u of ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year']) {
    const f = new Intl.RelativeTimeFormat(l);
    const a = new Intl.RelativeTimeFormat(l, { numeric: 'auto' });
    console.log(l, u, JSON.stringify([-2, -1, 1, 2, 1.5, -1234].map((v) => f.format(v, u))), JSON.stringify([-2, -1, 0, 1, 2].map((v) => a.format(v, u))));
  }
}
console.log(JSON.stringify(new Intl.RelativeTimeFormat('de').formatToParts(-3, 'days')));
