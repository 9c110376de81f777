// English variants: numeric dates, 12-hour periods (pm, p.m.) or 24-hour clocks, day-first named
// months with 'Sept', weekday commas, Indian and South African digit grouping, as node 20.
const d = new Date(Date.UTC(2024, 8, 9, 13, 7, 5));
const e = new Date(Date.UTC(2024, 1, 19, 0, 7, 5));
for (const l of ['en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE', 'en-SG']) {
  for (const x of [d, e]) {
    console.log(l, JSON.stringify([x.toLocaleString(l, { timeZone: 'UTC' }), x.toLocaleDateString(l, { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }),
      x.toLocaleDateString(l, { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }), x.toLocaleTimeString(l, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }),
      x.toLocaleTimeString(l, { timeZone: 'UTC' }), x.toLocaleDateString(l, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }), (1234567.891).toLocaleString(l)]));
  }
}
console.log('en-ZA', d.toLocaleString('en-ZA', { timeZone: 'UTC' }), e.toLocaleTimeString('en-ZA', { timeZone: 'UTC' }), (1234567.891).toLocaleString('en-ZA'), (1234.5).toLocaleString('en-ZA'));
