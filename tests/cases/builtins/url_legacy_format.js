// url.format (legacy objects and strings) and url.urlToHttpOptions with URL-shaped objects.
const url = require('url');
const show = (v) => JSON.stringify(v);
const objs = [
  { protocol: 'http', host: 'a.com', pathname: '/p' }, { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'p' },
  { protocol: 'https', hostname: '::1', port: '443' }, { protocol: 'https', hostname: '[::1]', port: '443' },
  { protocol: 'mailto', auth: 'me', hostname: 'x.com' }, { protocol: 'mailto:', pathname: 'me@x.com' }, { protocol: 'mailto:', slashes: true, pathname: 'me@x.com' },
  { protocol: 'file', pathname: '/etc/passwd' }, { protocol: 'file:', pathname: 'etc' }, { protocol: 'File', pathname: '/x' }, { protocol: 'filex:', pathname: '/x' },
  { protocol: 'http', host: 'a.com', pathname: '/p#q?r', search: 'a=#1', hash: 'h#2' }, { host: 'a.com', pathname: 'x' }, { hostname: 'a.com', slashes: true },
  { protocol: 'http', host: 'a.com', query: { a: 1, b: [2, 3], c: 'd e' } }, { protocol: 'http', host: 'a.com', query: 'a=1' }, { protocol: 'http', host: 'a.com', search: '?x', query: { a: 1 } },
  { protocol: 'http', host: 'a.com', query: {} }, { protocol: 'http', host: 'a.com', auth: 'us er:p@ss:w/o?r#d é~!*()\'', pathname: '/' },
  { auth: 'x', pathname: '/y' }, { protocol: 'http:', host: 'h', auth: '\ud83d\ude00' }, { search: 'q' }, { hash: 'h' }, { pathname: '' }, {},
  { protocol: 'http', host: '', hostname: 'b.com', port: '1' }, { protocol: 'javascript:', pathname: 'alert(1)' }, { protocol: 'ws', host: 'a', pathname: '' },
  { protocol: 'xmpp', slashes: false, host: 'a', pathname: 'b' }, { protocol: 'xmpp', slashes: true, host: 'a', pathname: 'b' }, { protocol: 'http', hostname: 'a:b' },
  Object.assign(Object.create({ protocol: 'http:', host: 'inherited' }), { pathname: '/own' }), { protocol: 'a', host: 6, pathname: 7, port: 8 },
  [], new Date(0), { href: 'http://ignored/', protocol: 'http:', auth: null, path: null, host: 'real' },
];
for (const o of objs) { try { console.log(show(o), show(url.format(o))); } catch (e) { console.log(show(o), e.name, e.code, e.message); } }
const strings = ['http://a.com', 'HTTP://A.COM/x y', '//a/b', 'a/b?c#d', 'http://u:p@h:1/p?q#h', 'mailto:x@y', 'http://[::1]:3000/', 'http://ü.com/ü', ' http://trim.me ', 'javascript:alert(1)'];
for (const s of strings) console.log(show(s), show(url.format(s)));
for (const v of [undefined, null, 1, true, Symbol('x'), () => {}]) {
  try { console.log(url.format(v)); } catch (e) { console.log(e.name, e.code, e.message); }
}
// Objects shaped like a WHATWG URL but not instances of URL format as legacy objects.
const fakes = [
  { href: 'http://user:pass@xn--tda.com:8080/p?q=1#frag', protocol: 'http:' },
  { href: 'https://xn--n3h.net/', protocol: 'https:' }, { href: 'http://[::1]:80/a?b#c', protocol: 'http:' },
  { href: 'mailto:a@b.com?subject=x#y', protocol: 'mailto:' }, { href: 'file:///etc/passwd?x#y', protocol: 'file:' },
  { href: 'foo://u@h/p#a?b', protocol: 'foo:' }, { href: 'http://a.xn--tda.xn--a/', protocol: 'http:' },
];
const optsList = [undefined, {}, { fragment: false }, { search: false }, { auth: false }, { unicode: true }, { fragment: 0, search: '', auth: null, unicode: 1 },
  { fragment: false, search: false, auth: false, unicode: true }, null, 0, 'str', [], true];
for (const f of fakes) {
  for (const o of optsList) { try { console.log(show(f.href), show(o), show(url.format(f, o))); } catch (e) { console.log(show(f.href), show(o), e.name, e.code, e.message); } }
}
const hopts = [
  { protocol: 'http:', hostname: '[::1]', hash: '#h', search: '?q', pathname: '/p', href: 'x', port: '8080', username: 'a%40b', password: 'c%3Ad', extra: 1 },
  { protocol: 'https:', hostname: 'h', hash: '', search: '', pathname: '/', href: 'https://h/', port: '', username: '', password: '' },
  { protocol: 'https:', hostname: 'h', port: '', username: 'u', password: '' },
];
for (const h of hopts) { const r = url.urlToHttpOptions(h); console.log(show(r), Object.getPrototypeOf(r)); }
try { url.urlToHttpOptions({ port: '', username: '%zz', password: '' }); } catch (e) { console.log(e.name, e.message); }
