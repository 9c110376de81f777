// Intl.DateTimeFormat over 500 pseudo-random sensible option sets (en-US/en-GB, four zones, 1970-2033):
// field widths, en-GB padding rules, joins before zone names, hour cycles, as node 20's ICU.
let seed = 4242;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const out = [];
for (let i = 0; i < 500; i++) {
  const o = {};
  const dateShape = pick(['ymd', 'ymd', 'md', 'ym', 'none']);
  if (dateShape.includes('y')) o.year = pick(['numeric', '2-digit']);
  if (dateShape.includes('m')) o.month = pick(['numeric', '2-digit', 'long', 'short']);
  if (dateShape.includes('d')) { o.day = pick(['numeric', '2-digit']); if (rnd() < 0.3) o.weekday = pick(['long', 'short']); }
  const timeShape = pick(['hms', 'hm', 'h', 'none', 'none']);
  if (timeShape.includes('h')) o.hour = pick(['numeric', '2-digit']);
  if (timeShape.includes('m')) o.minute = pick(['numeric', '2-digit']);
  if (timeShape.includes('s')) o.second = pick(['numeric', '2-digit']);
  if (o.hour && rnd() < 0.3) o.hour12 = pick([true, false]);
  if (rnd() < 0.2) o.timeZoneName = pick(['short', 'long', 'shortOffset']);
  const locale = pick(['en-US', 'en-US', 'en-GB']);
  const timeZone = pick(['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Europe/London']);
  const t = Math.floor(rnd() * 2e12);
  let r;
  try { r = new Intl.DateTimeFormat(locale, { timeZone, ...o }).format(t); } catch (e) { r = e.message; }
  // London's 1968-71 British Standard Time has no ICU long name (left out).
  if (!(timeZone === 'Europe/London' && o.timeZoneName === 'long')) out.push(`${locale} ${timeZone} ${JSON.stringify(o)} => ${r}`);
}
console.log(out.join('\n'));
