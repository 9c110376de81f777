// path.posix API details: validation (node's messages, argument order, resolve stopping at the
// first absolute path before validating the rest), resolve against a replaced process.cwd,
// format's field precedence and conversions, function names/lengths, the module's shape.
'use strict';
const path = require('path');
const p = path.posix;
const show = (v) => JSON.stringify(v);
const attempt = (label, f) => {
  try { console.log(label, 'ok', show(f())); } catch (e) { console.log(label, e.name, e.code, e.message); }
};
const bad = [undefined, null, 1, 0, true, {}, [], ['a'], Symbol('s'), () => 1, 1n, new String('a')];
for (const v of bad) {
  const d = typeof v === 'symbol' || typeof v === 'bigint' ? typeof v : show(v) || typeof v;
  attempt(`normalize ${d}`, () => p.normalize(v));
  attempt(`join1 ${d}`, () => p.join('a', v, 'b'));
  attempt(`join0 ${d}`, () => p.join(v));
  attempt(`resolve ${d}`, () => p.resolve('a', v, 'b'));
  attempt(`resolveAbs ${d}`, () => p.resolve(v, '/abs', 'b'));
  attempt(`relativeFrom ${d}`, () => p.relative(v, 'a'));
  attempt(`relativeTo ${d}`, () => p.relative('a', v));
  attempt(`dirname ${d}`, () => p.dirname(v));
  attempt(`basename ${d}`, () => p.basename(v));
  attempt(`basenameSuffix ${d}`, () => p.basename('a.js', v));
  attempt(`basenameBoth ${d}`, () => p.basename(v, v));
  attempt(`extname ${d}`, () => p.extname(v));
  attempt(`isAbsolute ${d}`, () => p.isAbsolute(v));
  attempt(`parse ${d}`, () => p.parse(v));
  attempt(`format ${d}`, () => p.format(v));
  attempt(`toNamespacedPath ${d}`, () => typeof p.toNamespacedPath(v));
}
attempt('join many bad', () => p.join('a', 1, {}));
attempt('resolve many bad', () => p.resolve(1, {}, 'a'));
attempt('resolve bad after abs', () => p.resolve(1, '/x'));
attempt('relative both bad', () => p.relative(1, 2));
attempt('relative same bad obj', () => { const o = {}; return p.relative(o, o); });

// resolve/relative consult process.cwd() (as node's posixCwd does), only when needed.
const realCwd = process.cwd;
let calls = 0;
for (const c of ['/fake', '', '/a/', 'rel', 'rel/../..', '//x', '/', 5, { toString() { calls++; return '/o'; } }, ['/q', 'r'], null, undefined]) {
  process.cwd = () => c;
  calls = 0;
  const d = show(c) || String(c);
  attempt(`cwd ${d} resolve()`, () => p.resolve());
  attempt(`cwd ${d} resolve('')`, () => p.resolve(''));
  attempt(`cwd ${d} resolve('x')`, () => p.resolve('x', 'y/..'));
  attempt(`cwd ${d} resolve('/abs')`, () => p.resolve('/abs', 'z'));
  attempt(`cwd ${d} relative`, () => p.relative('a', 'b/c'));
  attempt(`cwd ${d} relative abs`, () => p.relative('/a/b', '/a/c'));
  console.log('toString calls', calls);
}
let cwdCalls = 0;
process.cwd = () => { cwdCalls++; return '/w'; };
p.resolve('/a'); p.resolve('a'); p.relative('/a', '/b'); p.relative('a', 'b'); p.join('a');
console.log('cwd calls', cwdCalls);
process.cwd = () => { throw new Error('cwd failed'); };
attempt('cwd throws', () => p.resolve('x'));
attempt('cwd throws abs', () => p.resolve('/x'));
process.cwd = realCwd;
attempt('cwd sym', () => { process.cwd = () => Symbol('c'); try { return p.resolve('x'); } finally { process.cwd = realCwd; } });

// format: dir beats root, base beats name+ext, ext gets a dot, non-string values convert.
const log = [];
const spy = (o) => new Proxy(o, { get(t, k) { log.push(k); return t[k]; } });
const objs = [
  {}, { root: '/' }, { dir: '/a' }, { dir: '/a', root: '/' }, { dir: '/', root: '/' }, { root: '/x/', base: 'f' },
  { dir: 'd', base: 'b', name: 'n', ext: '.e' }, { name: 'n', ext: 'e' }, { name: 'n', ext: '.e' }, { name: 'n', ext: '..e' },
  { name: 'n' }, { ext: 'e' }, { ext: '.' }, { root: 'r', name: 'n', ext: 'e' }, { dir: 'd', root: 'd', base: 'b' },
  { dir: 0, root: 0, base: 0, name: 0, ext: 0 }, { dir: 5, base: 6 }, { name: 7, ext: 8 }, { name: 'n', ext: ['.', 'x'] },
  { name: 'n', ext: ['x'] }, { name: 'n', ext: { 0: '.', toString() { return '.obj'; } } }, { root: '/', dir: '' },
  { dir: '/a/', base: 'b' }, { dir: '//', base: 'b' }, { base: '', name: '', ext: '' }, { dir: null, root: undefined, name: null },
  { dir: 'a', root: 'a' }, { name: 'x', ext: 'ü' }, { name: '\uD800', ext: '\uDC00' }, { root: '/', base: '/', dir: '/' },
  Object.create({ dir: '/inherited', base: 'b' }), [], new String('x'),
];
for (const o of objs) attempt(`format ${show(o)}`, () => p.format(o));
log.length = 0;
p.format(spy({ dir: '/d', base: 'b' })); p.format(spy({ root: '/', name: 'n', ext: 'e' })); p.format(spy({}));
console.log('format reads', show(log));
attempt('format sym', () => p.format({ name: Symbol('x') }));
attempt('format fn', () => p.format(() => 1));

// Shape: names, lengths, identity, parse's fresh plain object.
for (const k of Object.keys(p)) {
  const f = p[k];
  if (typeof f === 'function') console.log('fn', k, f.name, f.length, typeof f.prototype);
  else console.log('value', k, typeof f === 'object' ? (f === p ? 'self' : f === path.win32 ? 'win32' : 'other') : show(f));
}
console.log(path === p, path.posix === p, p.win32 === path.win32, path.win32.posix === p, path.win32.win32 === path.win32);
const r = p.parse('/a/b.c');
console.log(Object.getPrototypeOf(r) === Object.prototype, Object.keys(r), p.parse('/a/b.c') !== r);
const { join, resolve, basename } = path;
console.log(join('a', 'b'), resolve('/a', 'b'), basename('/x/y.z', '.z'));
console.log(show([p.join.call(null, 'a'), p.normalize.apply(undefined, ['a//b', 'ignored'])]));
