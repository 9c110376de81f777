// Number formatting rounds the shortest decimal form as ICU does (1e21 and up in full, percent
// without binary drift), significant digits, compact notation (K/M/B/T) and Indian grouping.
var xs = [1e21, 2 ** 80, 1.5e300, 123456789.123456789, 0.1 + 0.2, 1e-7, 5e-324, 1.005, 2.5, 0.5, 1.45, 999.9995, 0.000123456, 1234.5678, -0, -1.5, 12345678901234567890, 9.995, 1e-10, 0.00001, 4.35, 1.255];
for (const x of xs) console.log(x.toLocaleString(), x.toLocaleString('en-US', { maximumFractionDigits: 2 }), x.toLocaleString('en-US', { maximumFractionDigits: 20 }), x.toLocaleString('en-US', { minimumFractionDigits: 2 }), x.toLocaleString('de-DE'), new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(x), new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(x));
var xs = [0, 0.5, 1, 12, 999, 1000, 1234, 12345, 123456, 999999, 1500000, 2.5e9, 7.77e12, 0.125, 0.0005, 12.3456, 1.5, 99.95, 123456789.987, -1234.5, 1e21, 0.1 + 0.2];
for (const x of xs) {
  console.log([
    new Intl.NumberFormat('en', { notation: 'compact' }).format(x),
    x.toLocaleString('en', { maximumSignificantDigits: 2 }),
    x.toLocaleString('en', { minimumSignificantDigits: 3 }),
    x.toLocaleString('en', { maximumSignificantDigits: 4, minimumSignificantDigits: 2 }),
    x.toLocaleString('en-IN'),
    new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(x),
    new Intl.NumberFormat('en', { style: 'percent' }).format(x),
    x.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    x.toLocaleString('en-US', { style: 'currency', currency: 'USD' }),
  ].join(' | '));
}
