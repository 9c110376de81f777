// Swiss German and Italian numbers: ' groups, . decimals, CHF before the number (CHF-1'234.50 when negative).
for (const l of ['de-CH', 'it-CH']) console.log(l, (1234567.891).toLocaleString(l), (1234).toLocaleString(l), (-0.256).toLocaleString(l, { style: 'percent', maximumFractionDigits: 1 }),
  ['CHF', 'EUR', 'USD'].map((c) => new Intl.NumberFormat(l, { style: 'currency', currency: c }).format(-1234.5) + ' ' + new Intl.NumberFormat(l, { style: 'currency', currency: c }).format(1234.5)).join(' | '), new Intl.NumberFormat(l, { notation: 'compact' }).format(1234567));
