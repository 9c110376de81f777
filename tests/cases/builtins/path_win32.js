// path.win32 over node's own test tables and edge cases: drives, UNC, reserved names, errors.
const path = require('path');
const w = path.win32;
const show = (v) => JSON.stringify(v);
const samples = ['', '.', '..', '/', '\\', '//', '\\\\', '///', 'c:', 'C:', 'c:\\', 'c:/', 'c:\\\\', 'c:.', 'c:..', 'c:foo', 'c:\\foo', 'c:/foo/',
  'c:\\foo\\bar\\', 'c:\\foo\\..\\..\\..\\x', 'c:foo\\..\\..', 'C:\\Users\\Admin\\..\\.\\file.txt', '\\\\server', '\\\\server\\', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\dir\\file.ext', '//server/share/dir', '\\\\server\\\\share', '\\\\\\server\\share', '\\\\?\\c:\\x', '\\\\.\\pipe\\p',
  '\\\\?\\UNC\\s\\h\\x', '/foo/bar', 'foo/bar', 'foo\\bar', './foo', '.\\foo\\..\\bar', 'foo/../..', '../../x', 'a/b/c/../../../..', 'file.txt', '.bashrc', '..bashrc',
  'file.tar.gz', 'file.', 'file..', '.', '...', 'a.b/c', 'a/b.c/', 'c:file.js', 'c:\\file.js\\', 'C:\\foo\\bar\\baz.js', 'foo/bar/baz.js//', 'x:', 'x:y:z', '1:\\x',
  'foo:', 'foo:bar', 'a/c:', 'x/../c:', 'CON:', 'con:x', 'CON:\\x', 'nul:/', 'LPT1:..', 'COM¹:', 'AUX', 'a\\CON:', '\\CON:', 'C:CON:', '\\\\CON:\\x',
  'a b\\c d', 'ü\\é.js', '\\foo\\bar\\', 'c:\\\\foo\\\\\\bar', '\\\\server\\share\\..\\..\\x', '//a', '//a/', '//a/b', '//a/b/', '//a//b/c', '\\\\\\\\x'];
for (const s of samples) {
  const r = {};
  for (const f of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath']) {
    try { r[f] = w[f](s); } catch (e) { r[f] = `${e.code}: ${e.message}`; }
  }
  r.base_ext = w.basename(s, '.js');
  r.fmt = w.format(w.parse(s));
  console.log(show(s), show(r));
}
const joins = [[], [''], ['', ''], ['.', 'x/b', '..', '/b/c.js'], ['/.', 'x/b', '..', '/b/c.js'], ['/foo', '../../../bar'], ['foo', '../../../bar'],
  ['foo/', '../../../bar'], ['foo/x', '../../bar'], ['foo/x', './bar'], ['foo/x/', './bar'], ['foo/x/', '.', 'bar'], ['./'], ['.', './'], ['.', '.', '.'],
  ['.', './', '.'], ['.', '/./', '.'], ['.', '/////./', '.'], ['.'], ['', '.'], ['', 'foo'], ['foo', '/bar'], ['', '/foo'], ['', '', '/foo'], ['', '', 'foo'],
  ['foo', ''], ['foo/', ''], ['foo', '', '/bar'], ['./', '..', '/foo'], ['./', '..', '..', '/foo'], ['.', '..', '..', '/foo'], ['', '..', '..', '/foo'],
  ['/'], ['/', '.'], ['/', '..'], ['/', '..', '..'], [' /foo'], [' ', 'foo'], [' ', '.'], [' ', '/'], [' ', ''], ['/', 'foo'], ['/', '/foo'], ['/', '//foo'],
  ['/', '', '/foo'], ['', '/', 'foo'], ['', '/', '/foo'], ['//foo', 'bar'], ['//foo/', 'bar'], ['//foo', '/bar'], ['\\\\foo', 'bar'], ['\\\\foo\\', 'bar'],
  ['\\\\foo', '\\bar'], ['//foo'], ['//foo/'], ['//foo', '/'], ['//foo', '', '/'], ['///foo/bar'], ['////foo', 'bar'], ['\\\\\\/foo/bar'], ['\\'],
  ['/', '/'], ['//', 'foo'], ['//', '/foo'], ['c:', 'file'], ['c:', 'CON:'], ['.', 'CON:'], ['a', 'con:x'], ['CON:', 'b'], ['con:x', 'b'], ['x', '..', 'c:'],
  ['c:\\', '..\\..', 'x'], ['\\\\server\\share', '..', 'x'], ['a', 'c:'], ['a', 'foo:'], ['.', 'foo:bar']];
for (const j of joins) { try { console.log('join', show(j), show(w.join(...j))); } catch (e) { console.log('join', show(j), e.code, e.message); } }
const resolves = [['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'], ['d:/ignore', 'd:some/dir//'],
  ['.'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'], ['c:/', '//server//share'], ['c:/', '///some//dir'],
  ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['foo'], ['c:foo'], ['/x', 'y'], ['c:'], ['d:x', 'c:y'], ['C:', 'c:x'], ['\\\\s\\h', 'x', '..', '..'],
  ['a', 'b', 'c:\\d', 'e'], ['c:\\a', 'D:b'], ['', ''], []];
for (const r of resolves) console.log('resolve', show(r), show(w.resolve(...r)));
const rels = [['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/bbbb', 'c:/aaaa/cccc'],
  ['c:/aaaa/', 'c:/aaaa/cccc'], ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz-quux'], ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', 'C:\\baz-quux'], ['\\\\foo\\baz-quux', '\\\\foo\\baz'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', 'C:\\baz'], ['a', 'b'], ['', 'x'], ['x', ''], ['C:\\İ', 'c:\\i̇'],
  ['c:\\ÄB', 'C:\\äb\\x'], ['c:', 'c:\\'], ['/a', '/a/b']];
for (const [a, b] of rels) console.log('relative', show([a, b]), show(w.relative(a, b)));
const fmts = [{ root: 'C:\\' }, { dir: 'C:\\path\\dir', base: 'x.js' }, { root: 'C:\\', name: 'x', ext: 'js' }, { root: 'C:\\', name: 'x', ext: '.js' },
  { dir: 'd', name: 'n', ext: '..e' }, { root: '\\\\s\\h\\', base: 'f' }, { name: 'x' }, {}, { ext: 'e' }, { dir: 'd', root: 'r' }];
for (const f of fmts) console.log('format', show(f), show(w.format(f)));
const bad = [[() => w.join(null)], [() => w.resolve('a', 1)], [() => w.normalize(undefined)], [() => w.isAbsolute({})], [() => w.relative(1, 'a')],
  [() => w.relative('a', true)], [() => w.dirname(null)], [() => w.basename(1)], [() => w.basename('a', 1)], [() => w.extname([])], [() => w.parse(5)],
  [() => w.format(null)], [() => w.format('x')], [() => w.toNamespacedPath(5)], [() => w.toNamespacedPath(null)], [() => w.toNamespacedPath('')]];
for (const [f] of bad) { try { console.log('ok', show(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(w.sep, w.delimiter, show(Object.keys(w)), show(Object.keys(path)));
console.log(path.posix.win32 === w, w.posix === path.posix, w.win32 === w, path.posix === path, w._makeLong === w.toNamespacedPath, path._makeLong === path.toNamespacedPath);
process.on('warning', (e) => console.log('warning', e.name, e.message));
for (const [p, g] of [['a\\b.js', 'a/*.js'], ['a/b.js', 'a\\*.js'], ['A\\B.JS', 'a/*.js'], ['x\\y\\z', '**\\z'], ['abc', 'a?c']]) console.log('glob', show([p, g]), w.matchesGlob(p, g));
