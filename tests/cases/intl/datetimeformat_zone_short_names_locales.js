// timeZoneName 'short'/'shortOffset'/'longOffset' by locale: CLDR's abbreviations each locale has
// (US, European, German, Australian, Japanese, Brazilian, Canadian French ...), else its GMT format
// (fr: UTC and U+2212, da/fi: '.' between hours and minutes); Lisbon in winter is GMT+0 in en, London GMT.
const dates = [new Date(Date.UTC(2024, 0, 15, 12)), new Date(Date.UTC(2024, 6, 15, 12))];
const zones = ['UTC', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon', 'Europe/Berlin', 'Europe/Athens', 'Europe/Kaliningrad',
  'America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage',
  'Pacific/Honolulu', 'America/Adak', 'America/Halifax', 'America/St_Johns', 'America/Puerto_Rico', 'America/Regina',
  'America/Sao_Paulo', 'America/Manaus', 'Africa/Abidjan', 'Africa/Johannesburg', 'Asia/Kolkata', 'Asia/Tokyo', 'Asia/Kathmandu',
  'Australia/Sydney', 'Australia/Adelaide', 'Australia/Perth', 'Pacific/Auckland'];
const locales = ['en-US', 'en-CA', 'en-GB', 'en-IE', 'en-AU', 'en-IN', 'en-ZA', 'en-SG', 'de-DE', 'de-CH', 'fr-FR', 'fr-CA', 'es-ES',
  'es-MX', 'it-IT', 'pt-BR', 'pt-PT', 'nl-NL', 'sv-SE', 'pl-PL', 'da-DK', 'nb-NO', 'fi-FI', 'cs-CZ', 'ja-JP', 'zh-CN', 'zh-TW',
  'ko-KR', 'ru-RU', 'tr-TR', 'hi-IN', 'id-ID', 'vi-VN'];
const name = (l, z, style, d) => new Intl.DateTimeFormat(l, { timeZone: z, timeZoneName: style }).formatToParts(d).find((p) => p.type === 'timeZoneName').value;
for (const l of locales) {
  console.log(l, zones.map((z) => dates.map((d) => name(l, z, 'short', d)).join('/')).join(' '));
  console.log(' ', ['America/New_York', 'Asia/Kolkata', 'UTC'].map((z) => name(l, z, 'shortOffset', dates[0]) + ' ' + name(l, z, 'longOffset', dates[0])).join(' '));
}
console.log(new Date(Date.UTC(2024, 0, 15, 12)).toLocaleString('de-DE', { timeZone: 'Europe/Berlin', timeZoneName: 'short' }));
console.log(new Intl.DateTimeFormat('fr-FR', { timeZone: 'America/New_York', dateStyle: 'medium', timeStyle: 'long' }).format(dates[1]));
