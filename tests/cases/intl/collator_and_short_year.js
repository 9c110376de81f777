// Collator ignorePunctuation and compatibility forms (node's test-intl), resolvedOptions; a
// named month with a 2-digit year ('Jan 70').
const coll = new Intl.Collator(['en'], { sensitivity: 'base', ignorePunctuation: true });
console.log(coll.compare('blackbird', 'black-bird'), coll.compare('blackbird', 'red-bird'), coll.compare('bluebird', 'blackbird'),
  coll.compare('Bluebird', 'bluebird'), coll.compare('\ufb03', 'ffi'), coll.compare('a b', 'ab'));
console.log(new Intl.Collator('en').compare('a b', 'ab'), JSON.stringify(coll.resolvedOptions()), JSON.stringify(new Intl.Collator('en').resolvedOptions()));
console.log(['co-op', 'coop', 'Coop', 'cooper'].sort(new Intl.Collator('en', { ignorePunctuation: true }).compare).join(' '));
const date0 = new Date(0);
for (const month of ['short', 'long', 'numeric', '2-digit']) {
  console.log(month, new Intl.DateTimeFormat(['en'], { timeZone: 'Etc/GMT', month, year: '2-digit' }).format(date0),
    new Intl.DateTimeFormat(['en-GB'], { timeZone: 'UTC', month, year: '2-digit', day: 'numeric' }).format(date0));
}
