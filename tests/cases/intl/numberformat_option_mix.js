// NumberFormat option mixes (styles, notations, sign/currency/unit displays, digits, grouping) in 14 locales, pseudo-random
// but fixed: localized NaN (ru, zh-TW), Turkish compact forms, Swiss/Argentine/Indian symbols.
let seed = 11; const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const opts = { style: ['decimal', 'percent', 'currency', 'unit'], notation: ['standard', 'compact', 'scientific', 'engineering'], compactDisplay: ['short', 'long'], signDisplay: ['auto', 'always', 'never', 'exceptZero', 'negative'], currencyDisplay: ['symbol', 'code', 'name', 'narrowSymbol'], unitDisplay: ['short', 'long', 'narrow'], maximumFractionDigits: [0, 2], minimumIntegerDigits: [1, 3], useGrouping: [true, false, 'min2'] };
const vals = [0, -0, 1, -1.5, 999.9995, 1234567.891, -2.5e9, 1e21, NaN, Infinity, 0.000123, 123456789n];
let errors = 0, n = 0, same = 0;
const out = [];
for (const l of ['de-CH', 'tr', 'hi', 'ja', 'zh-TW', 'es-AR', 'sv', 'pl', 'ru', 'fr-CA', 'en-IN', 'ko', 'da', 'cs']) for (let i = 0; i < 40; i++) {
  const o = {};
  for (const k of Object.keys(opts)) if (rnd(3) === 0) o[k] = opts[k][rnd(opts[k].length)];
  if (o.style === 'currency') o.currency = ['EUR', 'USD', 'JPY', 'CHF'][rnd(4)];
  if (o.style === 'unit') o.unit = ['kilometer-per-hour', 'percent', 'byte', 'liter'][rnd(4)];
  let r;
  try { const f = new Intl.NumberFormat(l, o); r = vals.map((v) => f.format(v)).join(' | ') + ' || ' + JSON.stringify(f.formatToParts(-1234.5).map((p) => p.type)); } catch (e) { r = 'ERR ' + e.name + ': ' + e.message; }
  console.log(l, JSON.stringify(o), r);
}
