// Intl.NumberFormat en-US over 600 pseudo-random option sets (styles, currencies and displays,
// units, notations, digit options, sign displays, rounding modes) and magnitudes, as node 20.
let seed = 99;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const out = [];
for (let i = 0; i < 600; i++) {
  const o = {};
  const style = pick(['decimal', 'decimal', 'percent', 'currency', 'unit']);
  o.style = style;
  if (style === 'currency') { o.currency = pick(['USD', 'EUR', 'JPY', 'GBP', 'CHF', 'INR']); if (rnd() < 0.3) o.currencyDisplay = pick(['code', 'name', 'narrowSymbol']); if (rnd() < 0.2) o.currencySign = 'accounting'; }
  if (style === 'unit') { o.unit = pick(['kilometer', 'byte', 'megabyte', 'second', 'percent', 'liter-per-kilometer', 'kilometer-per-hour', 'celsius']); if (rnd() < 0.5) o.unitDisplay = pick(['long', 'narrow']); }
  if (rnd() < 0.3) o.notation = pick(['compact', 'scientific', 'engineering']);
  if (o.notation === 'compact' && rnd() < 0.5) o.compactDisplay = 'long';
  const r = rnd();
  if (r < 0.2) o.maximumFractionDigits = Math.floor(rnd() * 4);
  else if (r < 0.3) o.minimumFractionDigits = Math.floor(rnd() * 3);
  else if (r < 0.4) o.maximumSignificantDigits = 1 + Math.floor(rnd() * 5);
  if (rnd() < 0.2) o.signDisplay = pick(['always', 'exceptZero', 'never', 'negative']);
  if (rnd() < 0.1) o.useGrouping = false;
  if (rnd() < 0.1) o.roundingMode = pick(['floor', 'ceil', 'trunc', 'halfEven', 'expand']);
  const mag = Math.floor(rnd() * 16) - 5;
  const n = Number(`${rnd() < 0.3 ? "-" : ""}${Math.round(rnd() * 1e6)}e${mag - 6}`);
  let s;
  try { s = new Intl.NumberFormat('en-US', o).format(n); } catch (e) { s = `${e.name}: ${e.message}`; }
  out.push(`${JSON.stringify(o)} ${n} => ${s}`);
}
console.log(out.join('\n'));
