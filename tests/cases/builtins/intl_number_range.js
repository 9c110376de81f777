// Intl.NumberFormat formatRange/formatRangeToParts as node 20's ICU: collapsed units and long
// affixes, spacing around the dash, '~' for equal ends, argument errors. (USD code's part sources
// are an ICU quirk: only its text is compared.)
const c = (l, o, a, b) => { const nf = new Intl.NumberFormat(l, o); console.log(l, JSON.stringify(o), a, b, JSON.stringify(nf.formatRange(a, b)), nf.formatRangeToParts(a, b).map((p) => p.type[0] + p.source[0]).join(' ')); };
c('en', {}, 1, 5); c('en', {}, 1.5, 1000); c('en', {}, 3, 3); c('en', {}, -5, -3); c('en', {}, -3, 5); c('en', {}, 3, -5); c('en', {}, -3, -3);
c('en', { style: 'currency', currency: 'USD' }, 3, 5); c('en', { style: 'currency', currency: 'USD' }, 3, 3); c('en', { style: 'currency', currency: 'USD' }, -5, -3); c('en', { style: 'currency', currency: 'USD' }, -3, -3);
c('en', { style: 'currency', currency: 'USD', currencySign: 'accounting' }, -5, -3); c('en', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }, 3, 3);
c('en', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }, 1, 5); c('en', { style: 'currency', currency: 'JPY' }, 1, 5); c('en', { style: 'currency', currency: 'EUR' }, 3, 5);
c('en', { style: 'percent' }, 0.1, 0.2); c('de', { style: 'percent' }, 0.1, 0.2); c('de', {}, -5, -3); c('de', {}, 1, 5); c('fr', { style: 'currency', currency: 'EUR' }, 1, 5); c('de', { style: 'currency', currency: 'EUR' }, 1, 5);
c('en', { style: 'unit', unit: 'kilometer' }, 1, 5); c('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 1, 5); c('en', { style: 'unit', unit: 'kilometer' }, -5, -3); c('en', { style: 'unit', unit: 'kilometer' }, 3, 3);
c('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 1, 1); c('en', { style: 'unit', unit: 'percent' }, 1, 5); c('en', { style: 'unit', unit: 'celsius' }, 1, 5); c('en', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'narrow' }, 1, 5); c('de', { style: 'unit', unit: 'kilometer' }, 1, 5);
c('en', { notation: 'compact' }, 1000, 5000); c('en', { notation: 'compact' }, 1000, 5000000); c('en', { notation: 'compact' }, 1000, 1040); c('en', { notation: 'scientific' }, 1000, 5000); c('en', { maximumFractionDigits: 0 }, 2.9, 3.1);
c('en', { signDisplay: 'always' }, 1, 5); c('en-IN', {}, 100000, 500000); c('en', {}, 1, 1.0001); c('en', {}, 1n, 5n); c('en', {}, '1', '5'); c('en', {}, null, 1); c('en', {}, 5, 1); c('en', {}, 1, Infinity);
for (const [a, b] of [[undefined, 1], [1, NaN], [1n, NaN], ['abc', 1], [1]]) try { new Intl.NumberFormat('en').formatRange(a, b); } catch (e) { console.log(e.name, e.message); }
console.log(Intl.NumberFormat.prototype.formatRange.length, Intl.NumberFormat.prototype.formatRangeToParts.length, Object.getOwnPropertyNames(Intl.NumberFormat.prototype).join());
c('en', { style: 'currency', currency: 'USD', currencyDisplay: 'name', maximumFractionDigits: 0 }, 1, 5); c('en', { style: 'currency', currency: 'USD', currencyDisplay: 'name', maximumFractionDigits: 0 }, 5, 1);
c('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, 5, 1); c('en', { style: 'unit', unit: 'kilometer', unitDisplay: 'long' }, -1, 1); c('en', { notation: 'compact', compactDisplay: 'long' }, 1000, 5000000);
console.log(new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).formatRange(1, 5));
