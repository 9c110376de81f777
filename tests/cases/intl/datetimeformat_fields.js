// Intl.DateTimeFormat en-US field forms: narrow weekday/month, 'day weekday', fractional seconds,
// flexible day periods, generic zone names, and option validation, as node 20.
const d = new Date(Date.UTC(2024, 1, 9, 13, 7, 5, 42));
const opts = [
  { weekday: 'narrow' }, { weekday: 'short', day: 'numeric' }, { month: 'narrow' }, { month: 'long' }, { month: 'short', year: 'numeric' },
  { year: 'numeric' }, { year: '2-digit' }, { day: '2-digit' }, { month: 'long', day: 'numeric' }, { weekday: 'long', month: 'long', day: 'numeric' },
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  { hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 }, { second: 'numeric', fractionalSecondDigits: 2 },
  { hour: 'numeric', dayPeriod: 'short' }, { hour: 'numeric', dayPeriod: 'long' }, { dayPeriod: 'narrow' },
  { dateStyle: 'full', timeStyle: 'full' }, { dateStyle: 'long', timeStyle: 'medium' }, { dateStyle: 'short', timeStyle: 'short' }, { timeStyle: 'medium' },
  { month: 'numeric', day: 'numeric' }, { year: 'numeric', month: '2-digit' },
  { hour: '2-digit', minute: '2-digit' }, { hour: 'numeric', timeZoneName: 'short' }, { month: 'short', day: 'numeric', timeZoneName: 'long' },
  { timeZoneName: 'longGeneric' }, { timeZoneName: 'shortOffset' },
];
for (const tz of ['UTC', 'America/New_York', 'Europe/Paris', 'Asia/Kolkata']) {
  for (const o of opts) {
    let r;
    try { r = new Intl.DateTimeFormat('en-US', { timeZone: tz, ...o }).format(d); } catch (e) { r = `${e.name}: ${e.message}`; }
    console.log(tz, JSON.stringify(o), '=>', r);
  }
}
for (const o of [{ month: 'foo' }, { timeZone: 'Nope/Zone' }, { hour12: 'x', hour: 'numeric' }, { dateStyle: 'huge' }, { dateStyle: 'short', year: 'numeric' }, { fractionalSecondDigits: 4 }]) {
  try { new Intl.DateTimeFormat('en-US', o); console.log('ok', JSON.stringify(o)); } catch (e) { console.log(e.name, e.message); }
}
for (const timeZone of ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles']) {
  console.log(timeZone, new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortGeneric' }).format(d));
}
