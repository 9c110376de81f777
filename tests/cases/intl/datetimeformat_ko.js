// Korean dates: 2024년 9월 5일 with spaces, weekday after (목요일, (목) except after a year with a long month), 9월 as one
// part for a named month, numeric y. m. d. with its final dot, AM/PM before the time, 시 after a lone hour.
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
for (const o of opts) {
  const f = new Intl.DateTimeFormat('ko-KR', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
}
for (const o of [{ hour: 'numeric', minute: '2-digit', hour12: false }, { timeStyle: 'short' }, { timeStyle: 'medium' }, { year: 'numeric', month: 'numeric' },
  { month: 'numeric', day: 'numeric' }, { year: '2-digit', month: '2-digit', day: '2-digit' }, { weekday: 'long', year: 'numeric', month: 'numeric', day: 'numeric' },
  { weekday: 'short', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }]) {
  const f = new Intl.DateTimeFormat('ko', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)), f.resolvedOptions().hourCycle);
}
console.log(d.toLocaleString('ko-KR', { timeZone: 'Asia/Seoul' }), d.toLocaleDateString('ko-KR', { timeZone: 'UTC' }), d.toLocaleTimeString('ko-KR', { timeZone: 'UTC' }));
