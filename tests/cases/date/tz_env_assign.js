// Assigning process.env.TZ changes the local time zone of Date and Intl at once (node re-reads
// it); deleting it goes back to the host's zone (UTC here).
const d = new Date(Date.UTC(2024, 0, 15, 12, 30));
const s = new Date(Date.UTC(2024, 6, 1, 12));
function show(tz) {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
  console.log(JSON.stringify(tz));
  console.log(' ', d.toString(), '|', s.toTimeString());
  console.log(' ', d.getTimezoneOffset(), s.getTimezoneOffset(), d.getHours(), d.getDate(), s.getHours());
  console.log(' ', new Date(2024, 0, 15, 9, 5).getTime(), Date.parse('2024-07-01T08:00'), Date.parse('2024-07-01 08:00:00'));
  console.log(' ', d.toLocaleString(), '|', s.toLocaleTimeString(), '|', JSON.stringify(Intl.DateTimeFormat().resolvedOptions().timeZone));
}
for (const tz of ['America/New_York', 'Europe/Paris', ':Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney',
  'America/Los_Angeles', 'US/Eastern', 'EST5EDT', 'Asia/Kathmandu', 'America/St_Johns', 'UTC', 'Etc/GMT+5', 'GMT']) show(tz);
show(undefined);
