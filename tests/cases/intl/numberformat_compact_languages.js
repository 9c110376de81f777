// Compact notation in other locales (CLDR via node 20): units by size (de has none below a million,
// ja/zh/ko count in 万/億, en-IN in lakh/crore, es 1235 M), long names by plural category (ru, pl),
// fr 'mille' for exactly one thousand, rounding into the next unit, parts.
const nums = [0, 7, 999, 1000, 1234, 12345, 99999, 123456, 999999, 1234567, 12345678, 123456789, 1234567890, 12345678901, 1.5e12, 2.5e15, -2500, 1e21, 0.5];
for (const l of ['en', 'en-GB', 'en-IN', 'de', 'fr', 'fr-CA', 'es', 'es-AR', 'it', 'pt', 'pt-PT', 'nl', 'sv', 'pl', 'ru', 'ja', 'zh', 'zh-TW', 'ko']) {
  console.log(l, 'S', nums.map((n) => new Intl.NumberFormat(l, { notation: 'compact' }).format(n)).join(' | '));
  console.log(l, 'L', nums.map((n) => new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' }).format(n)).join(' | '));
  console.log(l, 'P', JSON.stringify(new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' }).formatToParts(-1500000)),
    new Intl.NumberFormat(l, { notation: 'compact', maximumFractionDigits: 2 }).format(1234567), (2e6).toLocaleString(l, { notation: 'compact', signDisplay: 'always' }));
}
