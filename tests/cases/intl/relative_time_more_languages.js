// RelativeTimeFormat (long) in 14 languages from node 20's CLDR data: plural nouns (ru/pl few/many, es/fr/it/pt many),
// templates with the noun before or after the number (ja/zh/ko), numeric 'auto' words (ja '1 分以内'), parts.
const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const values = [-2, -1, -0, 0, 1, 2, 3, 5, 11, 21, 22, 1.5, -1000000, 100];
for (const l of ['de', 'fr', 'es', 'it', 'pt', 'pt-PT', 'nl', 'sv', 'pl', 'ru', 'ja', 'zh', 'zh-TW', 'ko']) for (const numeric of ['always', 'auto']) {
  const f = new Intl.RelativeTimeFormat(l, { numeric });
  for (const u of units) console.log(l, numeric, u, values.map((v) => f.format(v, u)).join(' | '));
  console.log(l, numeric, JSON.stringify(f.formatToParts(-3, 'hours')), JSON.stringify(f.formatToParts(1234.5, 'day')), f.resolvedOptions().locale);
}
