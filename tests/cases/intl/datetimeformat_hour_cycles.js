// Intl.DateTimeFormat hour cycles as node 20's V8 resolves them (en-US hour12:false is h24:
// midnight shows 24), minutes/seconds without an hour, and resolvedOptions' fields and widths.
const t = [Date.UTC(2024, 0, 5, 0, 5, 9), Date.UTC(2024, 0, 5, 12, 30), Date.UTC(2024, 0, 5, 23, 59, 59)];
const cases = [['en-US', { hour: 'numeric', hour12: false }], ['en-US', { hour: 'numeric', hourCycle: 'h23' }],
  ['en-US', { hour: 'numeric', hourCycle: 'h11' }], ['en-GB', { hour: 'numeric', hour12: true }], ['en-US', { timeStyle: 'short' }],
  ['en-US', { hour: 'numeric', minute: 'numeric', hour12: false }], ['en-US', { minute: 'numeric' }], ['en-US', { minute: '2-digit', second: 'numeric' }],
  ['en-US', { second: 'numeric' }], ['en-US', { month: '2-digit', day: '2-digit', hour: '2-digit' }], ['en-GB', { month: 'numeric', day: 'numeric', minute: '2-digit' }],
  ['en-US', {}], ['en-US', { hour: 'numeric' }], ['en-US', { dateStyle: 'short' }], ['en-US', { timeStyle: 'short', hour12: false }],
  ['en-US', { weekday: 'long', timeZoneName: 'short' }], ['en-GB', { hour: 'numeric' }], ['en-US', { hour: '2-digit', minute: '2-digit', hourCycle: 'h24' }]];
for (const [locale, o] of cases) {
  const f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...o });
  const r = f.resolvedOptions();
  delete r.locale; delete r.calendar; delete r.numberingSystem; delete r.timeZone;
  console.log(locale, JSON.stringify(o), JSON.stringify(r), t.map((x) => f.format(x)).join(' | '));
}
console.log(new Date(t[0]).toLocaleTimeString('en-US', { hour12: false, timeZone: 'UTC' }), new Date(t[0]).toLocaleString('en-US', { hourCycle: 'h23', timeZone: 'UTC' }));
