// Intl.DateTimeFormat's timeZoneName styles (long names as node's ICU, offsets, US short names)
// and the default time zone following process.env.TZ.
const styles = ['long', 'short', 'shortOffset', 'longOffset'];
const dates = [new Date(Date.UTC(2024, 0, 15, 12)), new Date(Date.UTC(2024, 6, 15, 12))];
for (const timeZone of ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'Europe/Paris',
  'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney', 'UTC', 'Etc/GMT-1', 'Asia/Kathmandu', 'America/Sao_Paulo']) {
  const names = [];
  for (const d of dates) {
    for (const timeZoneName of styles) {
      const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName }).formatToParts(d);
      names.push(parts.find((p) => p.type === 'timeZoneName').value);
    }
  }
  console.log(timeZone.padEnd(20), names.join(' | '));
}
console.log(dates[1].toLocaleString('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'long' }));
console.log(dates[1].toLocaleTimeString('en-US', { timeZoneName: 'short' }));
for (const tz of ['Asia/Kolkata', 'America/Denver', 'Pacific/Auckland']) {
  process.env.TZ = tz;
  const f = new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'long' });
  console.log(tz, f.resolvedOptions().timeZone, '|', f.format(dates[0]), '|', dates[1].toLocaleString(), '|',
    new Intl.DateTimeFormat('en-US', { hour: 'numeric', timeZoneName: 'long' }).format(dates[1]));
}
