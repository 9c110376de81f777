// Date#toString's zone names (node's ICU long names) across zones and times, including V8's
// equivalent-year rule for the name outside 1970..2037 (New York's 1900 summer is "Daylight")
// and offsets with seconds (local mean time: whole minutes shown, getTimezoneOffset truncated).
const zones = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles',
  'America/Anchorage', 'Pacific/Honolulu', 'America/Sao_Paulo', 'America/Mexico_City', 'America/Toronto',
  'America/Halifax', 'America/Argentina/Buenos_Aires', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon',
  'Europe/Berlin', 'Europe/Moscow', 'Europe/Istanbul', 'Europe/Kiev', 'Africa/Cairo', 'Africa/Johannesburg',
  'Africa/Lagos', 'Africa/Nairobi', 'Asia/Dubai', 'Asia/Karachi', 'Asia/Calcutta',
  'Asia/Dhaka', 'Asia/Bangkok', 'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Seoul', 'Asia/Tokyo',
  'Asia/Jerusalem', 'Asia/Tehran', 'Australia/Perth', 'Australia/Adelaide', 'Australia/Brisbane',
  'Pacific/Auckland', 'Pacific/Chatham', 'Etc/GMT-14', 'Etc/UTC', 'Etc/GMT', 'Europe/Guernsey'];
const times = [Date.UTC(2024, 0, 15), Date.UTC(2024, 6, 15), Date.UTC(1900, 6, 1), Date.UTC(1955, 0, 1),
  Date.UTC(2050, 6, 1), Date.UTC(1985, 6, 1)];
for (const z of zones) {
  process.env.TZ = z;
  console.log(z.padEnd(31), times.map((t) => new Date(t).toString().slice(25)).join(' | '));
}
process.env.TZ = 'America/New_York';
const lmt = new Date(1800, 0, 1);
console.log(lmt.toString(), lmt.getTime(), lmt.getTimezoneOffset());
process.env.TZ = 'Asia/Kolkata';
const lmt2 = new Date(1850, 5, 1, 12);
console.log(lmt2.toString(), lmt2.getTime(), lmt2.getTimezoneOffset());
console.log(new Date(-8.64e15).toString(), '|', new Date(8.64e15).toString());
