// Intl.PluralRules (visible fraction digits, ordinals, resolvedOptions), RelativeTimeFormat
// (long/short/narrow, numeric 'auto', formatToParts) and ListFormat (every type and style,
// formatToParts, non-string items) as node 20's en.
const pr = new Intl.PluralRules('en');
console.log([0, 1, -1, 1.5, '1', 2].map((n) => pr.select(n)).join(' '), new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1),
  new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.2), [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map((n) => new Intl.PluralRules('en', { type: 'ordinal' }).select(n)).join(' '));
console.log(JSON.stringify(pr.resolvedOptions()), JSON.stringify(new Intl.PluralRules('en', { type: 'ordinal', maximumSignificantDigits: 2 }).resolvedOptions()));
for (const style of ['long', 'short', 'narrow']) {
  for (const unit of ['second', 'minutes', 'hour', 'day', 'week', 'month', 'quarter', 'years']) {
    const a = new Intl.RelativeTimeFormat('en', { style });
    const b = new Intl.RelativeTimeFormat('en', { style, numeric: 'auto' });
    console.log(style, unit, [-2, -1, 1, 2, 1.5, -0].map((v) => a.format(v, unit)).join(' | '), '||', [-1, 0, 1, 3].map((v) => b.format(v, unit)).join(' | '));
  }
}
const rtf = new Intl.RelativeTimeFormat('en');
console.log(JSON.stringify(rtf.formatToParts(-1234.5, 'day')), JSON.stringify(rtf.formatToParts(1, 'week')), JSON.stringify(rtf.resolvedOptions()));
try { rtf.format(1, 'decade'); } catch (e) { console.log(e.name, e.message); }
for (const type of ['conjunction', 'disjunction', 'unit']) {
  for (const style of ['long', 'short', 'narrow']) {
    const lf = new Intl.ListFormat('en', { type, style });
    console.log(type, style, JSON.stringify([[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((l) => lf.format(l))));
  }
}
const lf = new Intl.ListFormat('en');
console.log(JSON.stringify(lf.formatToParts(['x', 'y', 'z'])), lf.format(new Set(['p', 'q'])), JSON.stringify(lf.resolvedOptions()));
for (const bad of [() => lf.format(['a', 1]), () => new Intl.ListFormat('en', { type: 'x' }), () => new Intl.RelativeTimeFormat('en', { style: 'tiny' })]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
