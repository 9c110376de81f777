// indexOf/includes/split/replaceAll/lastIndexOf and a /g exec loop: positions and results on
// one-byte and two-byte strings, needles of either kind, from positions past matches and past
// the end, empty needles, and a large string (each search runs from its start position).
const latin = 'ab\ncd\n\nef\n';
const wide = 'αβ\nγδ\n\nεζ\n';
const mixed = 'é — ü\n€\n';
for (const s of [latin, wide, mixed]) {
  const out = [];
  for (let p = -1; p <= s.length + 1; p++) out.push(s.indexOf('\n', p));
  console.log(JSON.stringify(s), out.join(','));
  console.log(JSON.stringify(s.split('\n')), JSON.stringify(s.split('\n', 2)), JSON.stringify(s.split('')));
  console.log(s.indexOf(''), s.indexOf('', 3), s.indexOf('', 99), s.includes('\n\n'), s.includes('\n', s.length));
  console.log(JSON.stringify(s.replaceAll('\n', '|')), s.lastIndexOf('\n'), s.lastIndexOf('\n', 2));
}
console.log('abc'.indexOf('ĉ'), 'abĉ'.indexOf('c'), 'abĉ'.indexOf('ĉ'), 'aaab'.indexOf('aab'), 'aaab'.indexOf('aab', 2));
console.log('ab'.indexOf('abc'), ''.indexOf(''), ''.indexOf('a'), 'x'.split('x'), 'xyx'.split('yx'));
console.log('abcabc'.indexOf('c', 2), 'abcabc'.indexOf('c', 3), 'abcabc'.indexOf('ca', 3), 'abcabc'.indexOf('bc', 5));
console.log('été'.indexOf('té'), 'été'.indexOf('t'), 'ÿa'.indexOf('\u0178'), 'Ÿa'.indexOf('ÿ'));

const big = 'some words on a line of text\n'.repeat(20000) + 'end';
const lines = big.split('\n');
let count = 0;
for (let p = 0, i; (i = big.indexOf('\n', p)) !== -1; p = i + 1) count++;
const re = /t(e)xt\n/g;
let m, matches = 0, lastGroup, lastIndex;
while ((m = re.exec(big)) !== null) { matches++; lastGroup = m[1]; lastIndex = m.index; }
console.log(lines.length, lines[19999], lines[20000], count, matches, lastGroup, lastIndex, re.lastIndex);
console.log(big.replaceAll('line', 'row').length, [...big.matchAll(/words/g)].length, big.replace(/on a/g, '').length);
const wideBig = 'λ words\n'.repeat(5000);
console.log(wideBig.split('\n').length, wideBig.indexOf('words', 40000), wideBig.lastIndexOf('λ'));
