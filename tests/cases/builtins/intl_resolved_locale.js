// The locale Intl services resolve to: unsupported languages fall through to the next tag or
// en-US, unknown regions are left out, only the service's Unicode keywords stay; PluralRules by language.
for (const l of ['tlh', 'zz', 'qaa', 'en-XX', 'de-AT', 'fr-CA', 'i-klingon', 'zh-Hant-TW', 'sr-Latn', 'en-US-u-ca-buddhist', 'de-u-co-phonebk', 'en-GB-oed', 'und', 'x', ['zz', 'de']]) {
  const out = [];
  for (const C of [Intl.NumberFormat, Intl.DateTimeFormat, Intl.Collator, Intl.PluralRules, Intl.ListFormat]) { try { out.push(new C(l).resolvedOptions().locale); } catch (e) { out.push(e.message); } }
  console.log(JSON.stringify(l), out.join(' | '));
}
console.log(new Intl.PluralRules().resolvedOptions().locale, new Intl.PluralRules('pt-BR').resolvedOptions().locale, new Intl.PluralRules('pt-PT').resolvedOptions().locale, new Intl.RelativeTimeFormat('de-AT-u-nu-latn-ca-buddhist').resolvedOptions().locale);
