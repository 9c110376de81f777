// Intl.DateTimeFormat and toLocale*String honour the timeZone option (IANA zones, DST), resolve
// the zone's name as ICU does, and reject an unknown zone with a RangeError.
const winter = new Date(Date.UTC(2024, 0, 15, 12, 30, 5));
const summer = new Date(Date.UTC(2024, 6, 4, 3, 5, 0));
for (const timeZone of ['America/New_York', 'Europe/Paris', 'Asia/Kolkata', 'Australia/Sydney', 'Asia/Tokyo', 'America/Los_Angeles', 'UTC', 'Etc/UTC', 'GMT', 'europe/london', 'Pacific/Chatham', 'US/Eastern', 'Asia/Kathmandu']) {
  const f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  console.log(timeZone, '|', f.format(winter), '|', f.format(summer), '|', f.resolvedOptions().timeZone);
  console.log('  ', winter.toLocaleString('en-US', { timeZone }), '|', summer.toLocaleDateString('en-US', { timeZone }), '|', summer.toLocaleTimeString('en-US', { timeZone }));
  console.log('  ', summer.toLocaleDateString('en-GB', { timeZone, weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
}
// The hour a zone's clock shows across New York's 2024 spring-forward (10 March, 07:00 UTC).
for (const h of [5, 6, 7, 8]) console.log(h, new Date(Date.UTC(2024, 2, 10, h, 30)).toLocaleTimeString('en-US', { timeZone: 'America/New_York' }));
for (const bad of ['Mars/Olympus', 'EST5EDTX', '']) {
  try { new Intl.DateTimeFormat('en-US', { timeZone: bad }); console.log('accepted', bad); } catch (e) { console.log(e.name, e.message); }
}
