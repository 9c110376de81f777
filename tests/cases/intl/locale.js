// Intl.Locale: parsing and canonical case, -u- keywords and options, maximize/minimize with
// likely subtags, week/hour-cycle/text info of common languages, errors; formatters take one.
const show = (t, o) => {
  try {
    const l = new Intl.Locale(t, o);
    return [l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, l.collation, l.hourCycle, l.caseFirst, l.numeric, l.numberingSystem].map(String).join('|');
  } catch (e) { return `${e.name}: ${e.message}`; }
};
for (const [t, o] of [['EN-us'], ['en-latn-us-u-kn-true-ca-buddhist'], ['en-u-kn'], ['zh-Hant-TW'], ['de', { region: 'at', calendar: 'gregory', numeric: true }],
  ['en-US-u-hc-h12', { hourCycle: 'h23' }], [''], [undefined], [5], ['en_US'], ['x-private'], ['sr-Cyrl-RS-u-nu-latn-co-phonebk']]) {
  console.log(JSON.stringify(t), JSON.stringify(o), show(t, o));
}
for (const t of ['en', 'de', 'fr', 'es', 'ja', 'zh', 'zh-TW', 'ko', 'ru', 'ar', 'hi', 'pt', 'it', 'nl', 'sv', 'pl', 'tr', 'he', 'en-GB', 'und']) {
  const l = new Intl.Locale(t);
  console.log(t, l.maximize().toString(), l.maximize().minimize().toString(), JSON.stringify(l.hourCycles), JSON.stringify(l.weekInfo), JSON.stringify(l.textInfo), JSON.stringify(l.numberingSystems));
}
const de = new Intl.Locale('de-DE');
console.log(String(de), Object.prototype.toString.call(de), new Intl.NumberFormat(de).format(1234.5), new Intl.NumberFormat(de).resolvedOptions().locale);
console.log(Intl.getCanonicalLocales('EN-us'), Intl.getCanonicalLocales(['en', 'EN', 'de-de']), Intl.getCanonicalLocales());
try { Intl.getCanonicalLocales('en_US'); } catch (e) { console.log(e.name, e.message); }
