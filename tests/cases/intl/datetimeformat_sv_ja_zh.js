// Swedish, Japanese and Simplified Chinese dates (names, 年月日 forms, weekday after the date, 午後/下午
// before the time, 時/时 after a lone hour) and the unpadded hour of es/ja time styles, against node 20's ICU.
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
for (const l of ['sv-SE', 'ja-JP', 'zh-CN', 'zh']) {
  for (const o of opts) {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    console.log(l, JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
  }
}
console.log(d.toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo' }), d.toLocaleDateString('zh-CN'), d.toLocaleTimeString('es-ES', { timeZone: 'UTC', timeStyle: 'medium' }));
console.log(new Intl.DateTimeFormat('es-ES', { timeZone: 'America/New_York', dateStyle: 'medium', timeStyle: 'long' }).format(d));
// Named-date languages: a zone after a long month joins like a time, lone numeric fields are not
// padded, a weekday with a lone day or year.
for (const l of ['de', 'fr', 'es', 'it', 'pt', 'nl', 'sv']) {
  console.log(l, [{ month: 'long', year: 'numeric', timeZoneName: 'short' }, { month: 'numeric' }, { day: 'numeric' }, { weekday: 'long', day: 'numeric' },
    { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'long', year: 'numeric' }].map((o) => new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o }).format(d)).join(' | '));
}
