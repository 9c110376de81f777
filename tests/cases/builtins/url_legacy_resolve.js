// url.resolve / url.resolveObject / Url#resolve over RFC 3986 examples and node's quirks.
const url = require('url');
const show = (v) => JSON.stringify(v);
const bases = ['http://a/b/c/d;p?q', 'http://example.com/b//c//d;p?q#blarg', 'http://a/b/c/d;p?q=1/2', 'http://a/b/c/d;p=1/2?q',
  'fred:///s//a/b/c', 'http:///s//a/b/c', 'mailto:local1@domain1', 'mailto:local1@domain1?query1', 'file:///a/b', 'http://u:p@h.com:8/x/y?z#w',
  '/foo/bar/baz', 'foo/bar', '', 'http://example.com', 'http://example.com/', 'javascript:foo', 'https://h/a/b', 'news:comp.infosystems.www.servers.unix'];
const rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
  'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:', 'http://', 'https:g', 'https://x/y', 'mailto:a@b',
  'mailto:local2@domain2', 'local2@domain2', '?q2', '#', '?', '//u@h2/p', 'file:x', 'file:///x', 'ftp:x/y', 'javascript:bar', 'a/b/../../..',
  '/a/b/../../..', 'http://x/../y', '../../../../../../../../x', 'x/./../', ' g ', 'g\\h', '\\\\evil/p', 'HTTP:G', 'http:/g', 'https:/g'];
for (const b of bases) {
  for (const r of rels) {
    try { console.log(show([b, r]), show(url.resolve(b, r))); } catch (e) { console.log(show([b, r]), 'threw', e.name, e.code, e.message); }
  }
}
for (const [b, r] of [['http://a/b/c/d;p?q', 'g?y#s'], ['mailto:local1@domain1', 'local2@domain2'], ['http://u:p@h/x', '//h2/y'], ['http://h/x', ''],
  ['', 'http://x'], ['http://a/b', 'https:foo/bar'], ['http://a/b', 'foo:bar'], ['file:///a', 'file:b'], ['http://a/b/c', '../../../x']]) {
  const o = url.resolveObject(b, r);
  console.log(show([b, r]), show(o), o instanceof url.Url);
}
const base = url.parse('http://a/b/c?x#y');
console.log(show(base.resolveObject('d')), base.resolve('../e'), show(url.resolveObject('', 'x')), show(url.resolveObject(null, { a: 1 })));
const rel = url.parse('/p?q', true);
console.log(show(url.parse('http://h/x').resolveObject(rel)));
for (const [b, r] of [[undefined, 'x'], ['http://a', undefined], [1, 'x'], ['http://a', 2]]) {
  try { console.log(url.resolve(b, r)); } catch (e) { console.log(e.name, e.code, e.message); }
}
