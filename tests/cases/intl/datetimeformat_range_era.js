// Intl.DateTimeFormat formatRange/formatRangeToParts (ICU's en interval forms: one date, a shared
// AM/PM, named months of a year) and era fields (short/long/narrow, BC years), as node 20.
const a = new Date(Date.UTC(2024, 6, 4, 15)); const z = { timeZone: 'UTC' };
const r = (o, b) => console.log(JSON.stringify(o), '|', new Intl.DateTimeFormat('en-US', { ...z, ...o }).formatRange(a, b).replace(/\u2009/g, '_').replace(/\u202f/g, '~'));
r({ hour: 'numeric', minute: 'numeric' }, new Date(+a + 3600e3));
r({ hour: 'numeric', minute: 'numeric' }, new Date(+a - 6 * 3600e3));
r({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }, new Date(+a + 3600e3));
r({ year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }, new Date(+a + 86400e3));
r({ dateStyle: 'medium', timeStyle: 'short' }, new Date(+a + 3600e3));
r({ month: 'long', day: 'numeric', year: 'numeric' }, new Date(+a + 86400e3 * 40));
r({ month: 'short', day: 'numeric', year: 'numeric' }, new Date(+a + 86400e3 * 400));
r({ dateStyle: 'long' }, new Date(+a + 86400e3 * 2));
r({}, new Date(+a + 3600e3));
r({}, new Date(+a + 86400e3 * 2));
try { new Intl.DateTimeFormat().formatRange(a); } catch (e) { console.log(e.name, e.message); }
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { ...z }).formatRangeToParts(a, new Date(+a + 3600e3))));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { ...z, hour: 'numeric' }).formatRangeToParts(a, new Date(+a + 3600e3))));
console.log(JSON.stringify(new Intl.DateTimeFormat('en-US', { ...z, dateStyle: 'long' }).formatRangeToParts(a, new Date(+a + 86400e3 * 2))));
for (const o of [{ era: 'short', hour: 'numeric' }, { era: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  { era: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric' }, { era: 'long' }, { era: 'narrow' },
  { era: 'short', month: 'long', day: 'numeric' }]) {
  console.log(JSON.stringify(o), new Intl.DateTimeFormat('en-US', { ...z, ...o }).format(a), '|', new Intl.DateTimeFormat('en-GB', { ...z, ...o }).format(a));
}
const bc = new Date(Date.UTC(-50, 0, 1));
console.log(bc.toLocaleDateString('en-US', { era: 'short', year: 'numeric', timeZone: 'UTC' }), bc.toLocaleDateString('en-US', { timeZone: 'UTC' }));
