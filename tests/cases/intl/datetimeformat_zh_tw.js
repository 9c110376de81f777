// Traditional Chinese (Taiwan) dates: 星期四/週四 after the date (a space in the full style and after a lone day,
// （週四） after a numeric date), 9月 months, 下午 before a 12-hour time, 時 after a lone hour, the thin space of
// numeric date-times; a numeric date style joins a time as numeric dates do (fr: 05/09/2024 14:07).
const d = new Date(Date.UTC(2024, 8, 5, 14, 7, 9));
const opts = [{ dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { dateStyle: 'full', timeStyle: 'short' },
  { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'medium' }, { dateStyle: 'medium', timeStyle: 'long' },
  { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'long' }, { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: 'numeric' }, { day: 'numeric' }, { year: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric' }, { weekday: 'long' },
  { weekday: 'short' }, { weekday: 'narrow' }, { weekday: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'long', day: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', hour12: true },
  { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: 'numeric' }, { hour: 'numeric', hour12: true }, { year: '2-digit', month: 'long' },
  { month: 'long', year: 'numeric', timeZoneName: 'short' }, {}];
for (const l of ['zh-TW', 'zh-Hant']) {
  for (const o of opts) {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    console.log(l, JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
  }
}
console.log(d.toLocaleString('zh-TW', { timeZone: 'Asia/Taipei' }), d.toLocaleString('zh-TW', { timeZone: 'UTC', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }));
for (const l of ['fr-FR', 'de-DE', 'es-ES', 'ja-JP', 'ko-KR', 'ru-RU', 'sv-SE', 'nl-NL']) console.log(l, new Intl.DateTimeFormat(l, { timeZone: 'UTC', dateStyle: 'short', timeStyle: 'short' }).format(d));
