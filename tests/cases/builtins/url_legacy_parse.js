// url.parse (legacy): auth, hosts, IPv6, IDNA, protocols, backslashes, whitespace, query parsing.
const url = require('url');
const show = (v) => JSON.stringify(v);
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash', 'HTTP://www.example.com/', 'HTTP://www.example.com',
  'http://www.ExAmPlE.com/', 'http://user:pw@www.ExAmPlE.com/', 'http://USER:PW@www.ExAmPlE.com/', 'http://x.com/path?that\'s#all, folks',
  'HTTP://X.COM/Y', 'http://x.y.com+a/b/c', 'HtTp://x.y.cOm;a/b/c?d=e#f g<h>i', 'HtTp://x.y.cOm;A/b/c?d=e#f g<h>i',
  'http://x...y...#p', 'http://x/p/"quoted"', '<http://goo.corn/bread> Is a URL!', 'http://www.narwhaljs.org/blog/categories?id=news',
  'http://mt0.google.com/vt/lyrs=m@114&hl=en&src=api&x=2&y=2&z=3&s=', 'http://mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=',
  'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en&src=api&x=2&y=2&z=3&s=', 'file:///etc/passwd', 'file://localhost/etc/passwd',
  'file://foo/etc/passwd', 'file:///etc/node/', 'file://localhost/etc/node/', 'file://foo/etc/node/', 'http:/baz/../foo/bar', 'http://user:pass@example.com:8000/foo/bar?baz=quux#frag',
  '//user:pass@example.com:8000/foo/bar?baz=quux#frag', '/foo/bar?baz=quux#frag', 'http:/foo/bar?baz=quux#frag', 'mailto:foo@bar.com?subject=hello',
  'javascript:alert(\'hello\');', 'xmpp:isaacschlueter@jabber.org', 'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar',
  'svn+ssh://foo/bar', 'dash-test://foo/bar', 'dash-test:foo/bar', 'dot.test://foo/bar', 'dot.test:foo/bar', 'www.example.com',
  '[fe80::1]', 'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]', 'coap://[1080:0:0:0:8:800:200C:417A]:61616/', 'http://user:password@[3ffe:2a00:100:7031::1]:8080',
  'coap://u:p@[::192.9.5.5]:61616/.well-known/r?n=Temperature', 'http://example.com:', 'http://example.com:/a/b.html', 'http://example.com?',
  'http://example.com?foo=bar#frag', 'http://example.com?foo=@bar#frag', 'http://example.com?foo=/bar/#frag', 'http://example.com?foo=?bar/#frag',
  'http://example.com#frag=?bar/#frag', 'http://google.com" onload="alert(42)/', 'http://a.com/a/b/c?s#h', 'http://atpass:foo%40bar@127.0.0.1/',
  'http://atslash%2F%40:%2F%40@foo/', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'git+http://github.com/joyent/node.git', 'local1@domain1', 'www.example.com',
  '[fe80::1]', 'http://ex.com/foo\\bar', 'http://ex.com\\foo\\bar?a\\b#c\\d', '\\\\server\\share', 'http:\\\\evil-phisher\\foo.html#h\\a\\s\\h',
  'http://a@b@c/', 'http://a@b?@c', 'http://a\r" \t\n<\'b:b@c\r\nd/e?f', 'http://x:1/\' <>"`/{}|\\^~`/', 'http://a@b#c@d', 'http://@a/', 'http://@/',
  'http://:@a/', 'http://a:@b/', 'http://%61@b/', 'http://%zz@b/', 'https://ｅｘａｍｐｌｅ.ｃｏｍ/', 'http://ÄÖÜ.com/', 'http://ü@ü.com/ü?ü#ü',
  'http://xn--tda.com/', 'http://xn--a.com/', 'http://a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.0.1.2.3.4.5.6.7.8.9.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.0.1.2.3.4.5.6.7.8.9.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.0.1.2.3.4.5.6.7.8.9/',
  'http://' + 'a'.repeat(256) + '.com/', 'http://' + 'a'.repeat(255) + '/', 'http://[a b]/', 'http://[::1%]/', 'http://[::1]x/', 'http://[::1/',
  'http://a.com:80x/', 'http://a.com:/', 'http://a.com::80/', 'http://a.com:8080:80/', 'HTTP:foo', 'http:foo', 'Http:/foo', 'ftp:x', 'gopher:x',
  'foo:x', 'foo://x/y', 'JavaScript:alert(1)', 'javascript://alert(1)', 'javascript:a b\t<c>', 'about:blank', 'data:text/html,<b>hi</b>', 'a:b:c',
  '', '   ', '\t\n', '  http://a.com/  ', '\u0000http://a.com/', '\u00a0http://a.com/\ufeff', '?', '#', '/', '//', '///', '////a', '//a', '//a/b',
  '//@a/b', 'a@b', '/a@b', 'http://a.com/p?q#h?q2#h2', 'http://a.com/p#h?q', 'http://a.com?#', 'http://a/%2E%2E/', '/ a', '/a\u2028b',
  'http://a b/', 'http://a%20b/', 'http://a;b/', 'http://a{b}/', 'http://a|b/', 'http://a^b/', 'http://ab\u00e4/', 'http://\u00df.de/', 'http://\u0130.com/',
  'http://\u200d.com/', 'http://a\u00adb.com/', 'http://\u2665.ws/', 'http://\uFFFD/', 'http://xn--ls8h.la/', 'http://XN--LS8H.LA/', 'http://xn--tda-.com/',
  'http://xn---tda.com/', 'http://a.xn--/', 'http://xn--zca.de/', 'http://xn--ss-.de/', 'http://\u0301a.com/', 'http://a\u3002b\uff0ec\uff61d/',
  'http://[::1]:8080', 'http://[::FFFF:1.2.3.4]/x', 'http://a.com/ü/é?ö=ä#ß', 'http://127.0.0.1:8080/a?b', 'http://0x7f.1/', 'http://1.2.3.4.5/',
  'https://user@host', 'https://user:@host', 'https://:pass@host', 's3://bucket/key', 'redis://:pw@localhost:6379/0', 'postgres://u:p@h:5432/db?ssl=true',
  'ws://a/b', 'wss://a', 'file:', 'file:/', 'file://', 'file:///', 'file:a', 'FILE:///C:/x', 'urn:isbn:0451450523', 'tel:+1-816-555-1212', 'http://',
  'http:', 'http:///a', 'http:////a', 'http://a/b/../c/./d', 'http://a:b@c:d@e/', 'http://a@b:c/', 'x://@/', 'sip:alice@atlanta.com',
];
for (const s of inputs) {
  for (const [pq, sdh] of [[false, false], [true, false], [false, true]]) {
    try {
      const u = url.parse(s, pq, sdh);
      console.log(show([s, pq, sdh]), show(u), u.query && typeof u.query === 'object' ? Object.getPrototypeOf(u.query) === null : '', u instanceof url.Url);
    } catch (e) {
      console.log(show([s, pq, sdh]), 'threw', e.name, e.code, e.message, e.input === s);
    }
  }
}
for (const v of [undefined, null, 1, {}, [], true, Symbol('s'), () => {}]) {
  try { url.parse(v); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u = url.parse('http://a.com/');
console.log(url.parse(u) === u, show(Object.keys(u)), typeof url.Url, show(Object.keys(new url.Url())));
const v = new url.Url(); v.parse('http://x.com/?a=1&a=2&b', true); console.log(show(v), v.query.a);
console.log(show(Object.getOwnPropertyNames(url.Url.prototype).sort()));
