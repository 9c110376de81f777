// Hindi dates (month and weekday names, ' को ' before a time ending in ' बजे', narrow names with their
// vowel signs, a weekday before a lone day) and compact numbers (हज़ार, लाख, क॰).
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
  {}];
for (const o of opts) {
  const f = new Intl.DateTimeFormat('hi-IN', { timeZone: 'UTC', ...o });
  console.log(JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
}
for (const n of [999, 1234, 12345, 123456, 1234567, 12345678, 123456789, 1.5e12, -2500]) {
  console.log(n, new Intl.NumberFormat('hi', { notation: 'compact' }).format(n), new Intl.NumberFormat('hi', { notation: 'compact', compactDisplay: 'long' }).format(n), n.toLocaleString('hi-IN'));
}
