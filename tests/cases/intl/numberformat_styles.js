// Intl.NumberFormat en-US: currency displays and accounting sign, units (simple, compound,
// long/narrow, plural), compact long, scientific/engineering, every signDisplay, rounding modes,
// formatToParts, a bound format, resolvedOptions and option errors, as node 20's ICU.
const nums = [0, -0, 1, -1, 0.5, 1.005, 12.345, 999.995, -1234.5678, 1234567.891, 0.000123, 123456789012, NaN, -Infinity];
const opts = [
  { style: 'percent', signDisplay: 'exceptZero' }, { style: 'currency', currency: 'USD' }, { style: 'currency', currency: 'JPY' },
  { style: 'currency', currency: 'GBP', currencyDisplay: 'code' }, { style: 'currency', currency: 'EUR', currencyDisplay: 'name' },
  { style: 'currency', currency: 'USD', currencySign: 'accounting' }, { style: 'currency', currency: 'CHF' },
  { style: 'currency', currency: 'CAD', currencyDisplay: 'narrowSymbol', signDisplay: 'always' },
  { style: 'unit', unit: 'kilometer' }, { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' },
  { style: 'unit', unit: 'megabyte', unitDisplay: 'narrow' }, { style: 'unit', unit: 'celsius', unitDisplay: 'long' },
  { style: 'unit', unit: 'mile-per-hour' }, { style: 'unit', unit: 'liter-per-kilometer', unitDisplay: 'narrow' },
  { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 },
  { notation: 'compact', compactDisplay: 'long' }, { notation: 'compact', maximumFractionDigits: 1 },
  { notation: 'scientific' }, { notation: 'engineering' }, { notation: 'scientific', maximumFractionDigits: 1 },
  { signDisplay: 'always' }, { signDisplay: 'exceptZero' }, { signDisplay: 'never' }, { signDisplay: 'negative' },
  { roundingMode: 'floor', maximumFractionDigits: 1 }, { roundingMode: 'halfEven', maximumFractionDigits: 2 },
  { roundingMode: 'trunc', maximumSignificantDigits: 2 }, { style: 'currency', currency: 'USD', notation: 'compact' },
  { minimumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger' },
];
for (const o of opts) {
  const f = new Intl.NumberFormat('en-US', o);
  console.log(JSON.stringify(o), '=>', nums.map((n) => f.format(n)).join(' ; '));
}
console.log(new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(2.5), new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, roundingMode: 'halfEven' }).format(2.5));
console.log(new Intl.NumberFormat('en-US').format(12345678901234567890n), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(-5n));
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
console.log(JSON.stringify(usd.formatToParts(-1234567.891)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { notation: 'scientific' }).formatToParts(-0.00123)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'celsius', unitDisplay: 'long' }).formatToParts(21)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' }).formatToParts(1234567)));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'percent' }).formatToParts(0.5)), JSON.stringify(new Intl.NumberFormat().formatToParts(NaN)));
console.log(usd.format === usd.format, [1, 2.5].map(usd.format).join(' '));
console.log(JSON.stringify(new Intl.NumberFormat('en-US').resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'eur', notation: 'compact' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilometer', maximumSignificantDigits: 3 }).resolvedOptions()));
for (const o of [{ style: 'unit', unit: 'parsec' }, { style: 'currency' }, { style: 'currency', currency: 'US' },
  { maximumFractionDigits: 101 }, { minimumFractionDigits: 3, maximumFractionDigits: 1 }, { minimumSignificantDigits: 0 },
  { notation: 'x' }, { style: 'bogus' }, { roundingMode: 'up' }]) {
  try { new Intl.NumberFormat('en-US', o); console.log('ok', JSON.stringify(o)); } catch (e) { console.log(e.name, e.message); }
}
