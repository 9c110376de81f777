// Long unit names in English outside the US: metre, litre, US gallon, US fluid ounce, stone, Scandinavian mile, per cent (not en-CA).
const units = Intl.supportedValuesOf('unit');
for (const l of ['en-GB', 'en-CA', 'en-AU', 'en-IN', 'en-US', 'en'])
  console.log(l, units.map((u) => [1, 2].map((n) => new Intl.NumberFormat(l, { style: 'unit', unit: u, unitDisplay: 'long' }).format(n)).join('/')).join(' ; '),
    new Intl.NumberFormat(l, { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).format(50), new Intl.NumberFormat(l, { style: 'unit', unit: 'mile-per-gallon', unitDisplay: 'long' }).format(30),
    new Intl.NumberFormat(l, { style: 'unit', unit: 'liter-per-kilometer', unitDisplay: 'long' }).format(2));
