// Where a RegExp search may start: anchored patterns, first characters (ASCII, non-ASCII,
// surrogate pairs, case-insensitive expansions, brackets, alternations, lookarounds, loops),
// lastIndex with g/y, on Latin-1 and two-byte strings.
const pats = [
  /z/, /^a/, /^a/g, /^a/m, /^a/gm, /a|^b/, /(?:^a|b)/, /\u00e9/, /\u00e9/i, /\u00c9/i, /k/i, /k/iu,
  /s/iu, /\u017f/iu, /\u212a/iu, /[^a]/, /[a-c]+x/, /[\u0100-\u0200]/, /(?=b)\w/, /(?<=a)b/,
  /(?!a)\w/, /a*b/, /a+b/, /a{0,2}c/, /(a|\u00e9)x/, /\bfoo/, /.x/, /\d+/g, /\s+$/, /x?/g,
  /\ud83d\ude00/, /\ud83d\ude00/u, /\ude00/, /\ude00/u, /[\ud83d\ude00]/u, /\u{1f600}/u, /./u, /(?:)/g,
  /\p{Lu}/u, /[^\x00-\x7f]/, /(a)|b/, /\1(a)/, /[]/, /[^]/, /$/, /\B/, /(?:a|)b/, /\x80/,
];
const inputs = [
  'xyz', 'aaa', 'ba', 'b\na', 'café', 'CAFÉ', 'Kelvin \u212a', 'ſ s S', '😀 a 😀', '\ude00 x \ud83d',
  'foo bar', 'abc  ', '  ', '', 'x'.repeat(50) + 'ab', 'ÉéE', '\u0150x', 'é', 'aéx', '\x80\x81',
];
for (const re of pats) {
  const row = [];
  for (const s of inputs) {
    const r = new RegExp(re.source, re.flags);
    const m = [];
    if (r.global || r.sticky) {
      let x; let guard = 0;
      while ((x = r.exec(s)) && guard++ < 20) { m.push(x.index + ':' + x[0].length); if (x[0] === '') r.lastIndex++; }
    } else {
      const x = r.exec(s); m.push(x ? x.index + ':' + x[0].length : '-');
    }
    row.push(m.join(','));
  }
  console.log(String(re).padEnd(22), row.join(' | '));
}
// lastIndex past a start, sticky
const a = /^a/g; a.lastIndex = 1; console.log('^a g li1', a.exec('aa'), a.lastIndex);
const y = /a/y; y.lastIndex = 1; console.log('a y li1', y.exec('ba')?.index, y.lastIndex, y.exec('ba'), y.lastIndex);
const yb = /b/y; console.log('b y', yb.test('ab'), yb.lastIndex);
console.log('search', 'xxé'.search(/é/), 'xxÉ'.search(/é/i), 'ab'.search(/^b/), 'a\nb'.search(/^b/m));
console.log('split', 'a1b22c'.split(/\d+/), 'aXbxC'.split(/x/i), 'a😀b'.split(/\u{1f600}/u));
console.log('replace', 'aaa'.replace(/^a/g, 'b'), '  hi  '.replace(/^\s+|\s+$/g, ''), 'x😀y'.replace(/\ude00/, '!'));
console.log('matchAll', [...'a1b2c3'.matchAll(/[b-c]\d/g)].map(m => m.index));
const long = 'ab'.repeat(5000) + 'z';
console.log('long', /z/.exec(long).index, /^b/.test(long), /c/.test(long), long.replace(/^a/, 'X').slice(0, 3));
