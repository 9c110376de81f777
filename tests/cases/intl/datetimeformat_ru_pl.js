// Russian and Polish dates: genitive months after a day, standalone ones without (сентябрь 2024 г., wrzesień),
// Russian's year suffix ( г.), ' в ' before a time, narrow months, a lone 2-digit field; ICU's merged literals;
// es/nl periods (p.\u202fm., nl's plain space after minutes) and format() showing narrow no-break spaces as spaces.
const d = new Date(Date.UTC(2024, 8, 5, 14, 7, 9));
const opts = [{ dateStyle: 'full' }, { dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'short' }, { dateStyle: 'full', timeStyle: 'short' },
  { dateStyle: 'long', timeStyle: 'short' }, { dateStyle: 'medium', timeStyle: 'medium' },   { year: 'numeric', month: 'long', day: 'numeric' }, { year: 'numeric', month: 'short', day: 'numeric' }, { month: 'long', day: 'numeric' },
  { year: 'numeric', month: 'long' }, { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: 'numeric' }, { day: 'numeric' }, { year: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', month: 'short', day: 'numeric' }, { weekday: 'long' },
  { weekday: 'short' }, { weekday: 'narrow' }, { weekday: 'long', day: 'numeric' }, { weekday: 'long', year: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'long', day: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }, { month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', hour12: true },
  { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: 'numeric' }, { hour: 'numeric', hour12: true }, { year: '2-digit', month: 'long' },
  { month: 'long', year: 'numeric', timeZoneName: 'short' }, {}];
for (const l of ['ru-RU', 'pl-PL']) {
  for (const o of opts) {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    console.log(l, JSON.stringify(o), f.format(d), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
  }
}
for (const l of ['es-ES', 'nl-NL', 'en-US', 'sv', 'de']) {
  for (const o of [{ hour: 'numeric', hour12: true }, { month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric', hour12: true }]) {
    const f = new Intl.DateTimeFormat(l, { timeZone: 'UTC', ...o });
    console.log(l, JSON.stringify(f.format(d)), JSON.stringify(f.formatToParts(d).map((p) => p.value)));
  }
}
