// Currency symbols of English locales outside the US (own currency '$' or 'R', US$ and JP¥,
// en-AU's codes), with currency spacing, as node 20's CLDR data.
const cs = ['USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'NZD', 'INR', 'CNY', 'SGD', 'HKD', 'MXN', 'ZAR', 'CHF', 'KRW'];
for (const l of ['en', 'en-US', 'en-GB', 'en-CA', 'en-AU', 'en-NZ', 'en-IN', 'en-SG', 'en-IE', 'en-ZA']) {
  console.log(l, cs.map((c) => `${c}:${new Intl.NumberFormat(l, { style: 'currency', currency: c }).format(-1234.5)}`).join(' '));
}
console.log((19.99).toLocaleString('en-CA', { style: 'currency', currency: 'CAD' }), (19.99).toLocaleString('en-AU', { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' }));
