// Intl.DateTimeFormat.formatToParts gives node's typed parts (literal, weekday, month, day, year, hour,
// minute, second, dayPeriod after a narrow no-break space, timeZoneName in ICU's en names:
// US zones' short names, UTC, GMT offsets); format() is their text (dayjs/luxon time zones read them).
const d = new Date(Date.UTC(2020, 1, 29, 12, 34, 56));
const s = new Date(Date.UTC(2021, 6, 4, 3, 5, 6));
const cases = [
  ['en-US', { hour12: false, timeZone: 'America/New_York', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }],
  ['en-US', { hour12: false, timeZone: 'America/Los_Angeles', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }],
  ['en-US', { timeZone: 'Asia/Kolkata', timeZoneName: 'short' }],
  ['en-US', { timeZone: 'Europe/Berlin', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }],
  ['en-US', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }],
  ['en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }],
  ['en-US', { timeZone: 'UTC' }],
  ['en-US', { timeZone: 'UTC', hour: 'numeric' }],
  ['en-GB', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }],
  ['en-US', { timeZone: 'America/Chicago', dateStyle: 'medium', timeStyle: 'short' }],
  ['en-US', { timeZone: 'America/Denver', timeZoneName: 'short', hour: 'numeric' }],
  ['en-US', { timeZone: 'UTC', timeZoneName: 'short', hour: 'numeric' }],
  ['en-US', { timeZone: 'Asia/Tokyo', timeZoneName: 'shortOffset', hour: 'numeric' }],
  ['en-US', { timeZone: 'America/New_York', timeZoneName: 'longOffset', hour: 'numeric' }],
  ['en-US', { timeZone: 'UTC', weekday: 'short' }],
];
for (const [loc, o] of cases) {
  for (const t of [d, s]) {
    const f = new Intl.DateTimeFormat(loc, o);
    console.log(JSON.stringify(f.format(t)), f.formatToParts(t).map((p) => `${p.type}:${p.value}`).join('|'));
  }
}
