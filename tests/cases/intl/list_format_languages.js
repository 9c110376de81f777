// Intl.ListFormat of common languages for every type and style (two, three and four items), as
// node 20's CLDR data.
for (const l of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'ru', 'pl', 'ja', 'zh', 'en']) {
  const r = [];
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    for (const style of ['long', 'short', 'narrow']) {
      const f = new Intl.ListFormat(l, { type, style });
      r.push([['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((x) => f.format(x)).join('|'));
    }
  }
  console.log(l, JSON.stringify(r));
}
