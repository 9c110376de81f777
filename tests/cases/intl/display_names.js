// Intl.DisplayNames (en): regions (short/narrow names, areas), languages (dialect and standard
// forms), currencies, scripts, calendars, date-time fields, fallbacks and errors, as node 20.
const dn = (type, o = {}) => new Intl.DisplayNames('en', { type, ...o });
console.log(['US', 'gb', 'DE', 'CI', 'BA', '419', '001', 'EU', 'XX'].map((c) => dn('region').of(c)).join(' | '));
console.log(['US', 'GB', 'BA', 'HK'].map((c) => `${dn('region', { style: 'short' }).of(c)}/${dn('region', { style: 'narrow' }).of(c)}`).join(' | '), dn('region', { fallback: 'none' }).of('XX'));
const tags = ['en', 'en-US', 'en-GB', 'en-IN', 'zh-Hans', 'zh-TW', 'pt-BR', 'es-419', 'de-CH', 'fr-FR', 'sr-Latn', 'de-Latn-DE', 'nl-BE', 'xx', 'ja'];
console.log(tags.map((t) => dn('language').of(t)).join(' | '));
console.log(tags.map((t) => dn('language', { languageDisplay: 'standard' }).of(t)).join(' | '));
console.log(['USD', 'eur', 'JPY', 'GBP', 'XYZ', 'STN'].map((c) => dn('currency').of(c)).join(' | '));
console.log(['Latn', 'cyrl', 'Hans', 'Arab', 'Zzzz'].map((c) => dn('script').of(c)).join(' | '));
console.log(['gregory', 'buddhist', 'islamic', 'iso8601', 'foo'].map((c) => dn('calendar').of(c)).join(' | '));
console.log(['era', 'year', 'weekOfYear', 'weekday', 'dayPeriod', 'timeZoneName'].map((c) => dn('dateTimeField').of(c)).join(' | '));
console.log(JSON.stringify(dn('region').resolvedOptions()), JSON.stringify(dn('language').resolvedOptions()), Object.prototype.toString.call(dn('region')));
for (const bad of [() => new Intl.DisplayNames('en'), () => new Intl.DisplayNames('en', {}), () => new Intl.DisplayNames('en', { type: 'x' }),
  () => dn('region').of('usa'), () => dn('currency').of('US'), () => dn('language').of('en_US'), () => dn('dateTimeField').of('x')]) {
  try { console.log(bad()); } catch (e) { console.log(e.name, e.message); }
}
const countries = fetchNames(['FR', 'IT', 'JP', 'KR', 'BR', 'IN', 'ZA', 'MX']);
function fetchNames(codes) { return codes.map((c) => dn('region').of(c)); }
console.log(countries.join(', '));
