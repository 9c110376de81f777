// Intl.PluralRules cardinal categories of common languages (CLDR rules: French/Portuguese 0 and 1,
// Slavic few/many, Arabic zero/two, Hebrew, Romanian, the 'many' of millions) and the
// pluralCategories node 20 lists, as i18n libraries read them.
const nums = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111, 1000000, 1.5, 0.5];
for (const l of ['en', 'de', 'fr', 'es', 'it', 'pt', 'pt-PT', 'ru', 'uk', 'pl', 'cs', 'ar', 'ja', 'zh', 'ko', 'he', 'tr', 'nl', 'sv', 'da', 'fi', 'hu', 'el', 'ro']) {
  const p = new Intl.PluralRules(l);
  console.log(l, JSON.stringify(p.resolvedOptions().pluralCategories), nums.map((n) => p.select(n)).join(','));
}
console.log(new Intl.PluralRules('fr', { minimumFractionDigits: 1 }).select(1), new Intl.PluralRules('ru', { maximumFractionDigits: 0 }).select(1.6), new Intl.PluralRules('cs').select(1.0));
