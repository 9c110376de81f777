// Locale-sensitive formatting in node's default en-US (rjs has a small Intl of its own).
const nums = [0, 1, -1, 1234.5, 1234567.891, 0.1 + 0.2, 1e21 / 1e10, -0.0005, 999.9995, 12];
for (const n of nums) {
  console.log(n.toLocaleString(), n.toLocaleString('en-US', { minimumFractionDigits: 2 }), n.toLocaleString('de-DE'),
    new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(n),
    new Intl.NumberFormat('en-US', { style: 'percent' }).format(n / 100), new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(n));
}
console.log((123456789n).toLocaleString(), new Intl.NumberFormat('en-US', { minimumIntegerDigits: 3 }).format(7), new Intl.NumberFormat(undefined, { useGrouping: false }).format(12345.6));
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9));
console.log(d.toLocaleDateString('en-US', { timeZone: 'UTC' }), d.toLocaleTimeString('en-US', { timeZone: 'UTC' }), d.toLocaleString('en-US', { timeZone: 'UTC' }));
for (const o of [{ year: 'numeric', month: 'long', day: 'numeric' }, { month: 'short', day: 'numeric' }, { weekday: 'long' }, { year: 'numeric', month: '2-digit', day: '2-digit' }, { hour: '2-digit', minute: '2-digit' }, { dateStyle: 'medium' }, { dateStyle: 'full' }, { hour: 'numeric', minute: '2-digit', hour12: false }, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }]) {
  console.log(JSON.stringify(o), new Intl.DateTimeFormat('en-US', { ...o, timeZone: 'UTC' }).format(d));
}
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone === (process.env.TZ || 'UTC'));
const words = ['banana', 'Apple', 'apple', 'cherry', 'Éclair', 'eclair', 'a10', 'a2', 'Zed', 'zed'];
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log([...words].sort(new Intl.Collator('en', { numeric: true }).compare));
console.log('a'.localeCompare('B'), 'a'.localeCompare('A'), 'é'.localeCompare('e', 'en', { sensitivity: 'base' }), 'a'.localeCompare('a'));
const pr = new Intl.PluralRules('en-US');
console.log([0, 1, 2].map((n) => pr.select(n)), [1, 2, 3, 4, 11, 21].map((n) => new Intl.PluralRules('en-US', { type: 'ordinal' }).select(n)));
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
console.log(rtf.format(-1, 'day'), rtf.format(2, 'hours'), rtf.format(-3, 'month'), new Intl.RelativeTimeFormat('en').format(1, 'day'));
console.log(new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c']), new Intl.ListFormat('en', { type: 'disjunction' }).format(['x', 'y']));
console.log([1234.5, 6789].toLocaleString());
