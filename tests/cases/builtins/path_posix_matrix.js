// path.posix over a matrix of tricky inputs: every single-path function on each input (with
// several basename suffixes), join/relative/resolve on every pair, variadic join/resolve.
// Results print through JSON.stringify (lone surrogates stay visible); the cwd prints as <cwd>.
'use strict';
const p = require('path').posix;
const cwd = process.cwd();
const hide = (v) => (typeof v === 'string' ? v.split(cwd).join('<cwd>') : v);
const show = (v) => JSON.stringify(v, (k, x) => hide(x));
const inputs = [
  '', '.', '..', '...', '/', '//', '///', '////a', 'a', 'a/', 'a//', '/a', '/a/', '//a', 'a/b', 'a/b/', '/a/b', '/a/b/',
  './a', '../a', './', '../', './/', './/.', '..//..', 'a/.', 'a/..', 'a/../..', '/a/..', '/a/../..', '/..', '/../..', '/.', '/./',
  'a/./b', 'a/../b', 'a/b/../../..', '/a/b/../../../c', '../../x/../y', 'x/y/z/../../..', '.a', 'a.', '..a', 'a..', '.a.',
  '.a.b', 'a.b.c', '..a.b', '/.a', '/a.', '/.a.b', '/...', '/.../', '.../..', '..../', 'a.b/', 'a.b//', '/a.b/c.d.e', 'file.',
  'file..', '.file.', '/foo/.bashrc', '/foo/bar.baz/', 'foo.txt/', 'foo/bar.txt/', '/home/user/dir/file.txt',
  'node_modules/pkg/index.js', 'x/.', 'x/..', '/x/..', '//x//y//', 'a\\b', 'C:\\x\\y.z', 'c:/x', ' ', ' /a', 'a /', ' . ',
  'é/ü.ß', '日本/語.txt', '😀/😀.😀', '\uD800', '\uD800/\uDC00.x', 'a/\uDFFF', '\uD83D.\uDE00', '.\uD800', 'a\u0000b/c',
  '..\u2024', '.\u00e9', '/a/b/c/d/e/f/g/h/i/j/k/../../../../x', 'a'.repeat(50) + '/' + 'b.c'.repeat(20),
];
const suffixes = ['', '.', '.txt', 'x', 'a', '/', 'b/', '.b', 'c.d.e', '..', 'ü.ß', '\uDC00.x', 'bar.baz/', 'oo'];
for (const s of inputs) {
  console.log(show(s), show([p.normalize(s), p.dirname(s), p.basename(s), p.extname(s), p.isAbsolute(s), p.toNamespacedPath(s)]));
  console.log(' parse', show(p.parse(s)), show(p.format(p.parse(s))));
  console.log(' base', show(suffixes.map((x) => p.basename(s, x))), show(p.basename(s, s)), show(p.basename(s, s.slice(1))), show(p.basename(s, s.slice(-2))));
}
const pairs = inputs.filter((s, i) => i % 2 === 0 || s.length < 3);
for (const a of pairs) {
  const row = [];
  for (const b of pairs) row.push([p.join(a, b), p.relative(a, b), p.resolve(a, b)]);
  console.log(show(a), show(row));
}
const lists = [[], [''], ['', ''], ['a', '', 'b'], ['/a', '/b', 'c'], ['a', '/b', '', 'c/..', 'd'], ['/', '..', '..'],
  ['.', '.', '.'], ['a/', '/b/', '/c/'], ['', '/x', ''], ['x', 'y', 'z', '../../..', '../..'], ['/a/b', '../../../..'],
  ['\uD800', '\uDC00'], Array.from({ length: 30 }, (_, i) => `d${i}`), ['//', '//'], ['a', '..', '..', 'b/']];
for (const l of lists) console.log('variadic', show(l), show(p.join(...l)), show(p.resolve(...l)));
