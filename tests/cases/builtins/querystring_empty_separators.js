// querystring.parse with sep/eq that stringify to '' (e.g. []) match nothing, as node's
// charCodes(String(sep)); falsy sep/eq mean the defaults.
const qs = require('querystring');
const show = (o) => JSON.stringify(o);
for (const [sep, eq] of [[[], undefined], [undefined, []], [[], []], ['', ''], [null, null], [0, 0], [false, ''], [['&'], ['=']], [[';', ','], undefined]]) {
  console.log(JSON.stringify([sep, eq]), show(qs.parse('a=1&b=2;c=3,d', sep, eq)), show(qs.parse('a', sep, eq)));
}
