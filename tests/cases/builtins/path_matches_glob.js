// path.matchesGlob / path.win32.matchesGlob follow node's minimatch options: brace expansion
// (lists, nested, ranges), character classes (negated, ranges, POSIX classes), extglobs,
// globstar that skips dot segments, dot files unmatched by wildcards, '\' read as '/',
// '.'/'..' folding, a trailing '/' in the path.
const path = require('path');
const pats = ['*.js', '**/*.js', 'a/**', 'a/*/c', '{a,b}/*.js', '?.js', '[abc].js', '[!a].js', 'a/**/b', '**', '*', '.*',
  'a/.b', '!a.js', 'a/{b,c}/**/d.*', '*.{js,ts}', 'a\\*b', '+(a|b).js', '@(a).js', 'a/b/', '/abs/*', 'a{1..3}', '[[:alpha:]].js'];
const files = ['a.js', 'b.js', 'x/a.js', 'a/b/c', 'a/x/y/b', '.hidden', 'a/.b', 'a/b/c/d.ts', 'ab.js', 'a*b', 'a/b', 'a/b/',
  '/abs/x', 'c.ts', 'a2', 'a/./b/../b/c'];
for (const p of pats) {
  console.log(p, files.map((f) => (path.matchesGlob(f, p) ? 1 : 0)).join(''),
    files.map((f) => (path.win32.matchesGlob(f.replace(/\//g, '\\'), p) ? 1 : 0)).join(''));
}
const pairs = [['a/', 'a/*'], ['', '*'], ['a/b/', 'a/*/'], ['.', '*'], ['..', '*'], ['a/..', 'a/*'], ['.a', '?a'],
  ['x/.a/y', '**/y'], ['x/./y', 'x/y'], ['x/z/../y', 'x/y'], ['a', 'a{}'], ['a{b', 'a{b'], ['ad', 'a{b,{c,d}}'], ['[', '['],
  ['-', '[a-]'], ['B', '[[:upper:]]'], ['/', '[/]'], ['bc', '!(b)c'], ['xc', '!(b)c'], ['abab', '+(ab)'], ['', '*(a)'],
  ['a.js', '*.!(ts)'], ['a.ts', '*.!(ts)'], ['.a', '!(b)'], ['//a', '/a'], ['a//b', 'a/b'], ['A', 'a'], ['a', '\\a'],
  ['ac', 'a?(b)c'], ['a(b', 'a(b'], ['a+b', 'a+(b'], ['', '']];
for (const [f, g] of pairs) console.log(JSON.stringify(f), JSON.stringify(g), path.matchesGlob(f, g), path.win32.matchesGlob(f, g));
for (const args of [[1, 'a'], ['a', 1]]) {
  try { path.matchesGlob(...args); } catch (e) { console.log(e.code, e.message); }
}
