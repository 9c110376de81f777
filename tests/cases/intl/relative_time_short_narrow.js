// RelativeTimeFormat short and narrow styles (node 20's data): fr, it, pt, pt-PT, nl, pl, ru, ja, zh, ko, zh-TW, de, es, sv
// (units off their language's template, as de 'vor 3 Monaten' or es 'hace 3 h', written whole).
const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
const values = [-2, -1, 0, 1, 3, 5, 22, 1.5];
for (const [l, styles] of [['fr', ['short', 'narrow']], ['it', ['short', 'narrow']], ['pt', ['short', 'narrow']], ['pt-PT', ['short', 'narrow']], ['nl', ['short', 'narrow']], ['pl', ['short', 'narrow']], ['ru', ['narrow']], ['ja', ['short', 'narrow']], ['zh', ['short', 'narrow']], ['ko', ['short', 'narrow']], ['zh-TW', ['short', 'narrow']], ['de', ['short', 'narrow']], ['es', ['short', 'narrow']], ['sv', ['short', 'narrow']], ['ru', ['short']], ['en', ['short', 'narrow']]]) for (const style of styles) for (const numeric of ['always', 'auto']) {
  const f = new Intl.RelativeTimeFormat(l, { style, numeric });
  console.log(l, style, numeric, units.map((u) => values.map((v) => f.format(v, u)).join('|')).join(' ; '));
}
