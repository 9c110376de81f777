// path.posix details: argument errors (names as node reports them), _makeLong, cross links, format/parse round trips.
const path = require('path');
const p = path.posix;
const show = (v) => JSON.stringify(v);
const bad = [() => p.basename('a', 1), () => p.basename(1), () => p.join('a', null), () => p.resolve('a', {}), () => p.relative('a', 1), () => p.relative(1, 'a'),
  () => p.dirname(undefined), () => p.extname(5), () => p.normalize([]), () => p.isAbsolute(true), () => p.parse(null), () => p.format(null), () => p.format('x'),
  () => p.toNamespacedPath(5), () => p.matchesGlob(1, 'a'), () => p.matchesGlob('a', 1)];
for (const f of bad) { try { console.log('ok', show(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
const samples = ['', '/', '//', '///', '/a/b/', 'a//b', './a', '../a/..', '/foo/bar.baz/', '.x', '..x', 'x.', 'x..', '/.', '/..', 'a/./b/../c', '//a//b//'];
for (const s of samples) console.log(show(s), show([p.normalize(s), p.dirname(s), p.basename(s), p.basename(s, 'z'), p.extname(s), p.parse(s), p.format(p.parse(s)), p.isAbsolute(s), p.toNamespacedPath(s)]));
for (const [a, b] of [['/a/b', '/a/c'], ['/a', '/a/b/c'], ['/a/b/c', '/a'], ['/', '/x'], ['/x', '/'], ['a', 'b'], ['', '']]) console.log(show(p.relative(a, b)));
console.log(p._makeLong === p.toNamespacedPath, p.win32.posix === p, p.posix === p, path.win32.sep, path.sep, show(Object.keys(path)));
process.on('warning', (e) => console.log('warning', e.name, e.message));
for (const [f, g] of [['a/b.js', 'a/*.js'], ['a/b/c.js', 'a/**/*.js'], ['a/b', 'a/?'], ['ab', 'a*c']]) console.log('glob', show([f, g]), p.matchesGlob(f, g));
