// url.format(URL, { fragment, search, auth, unicode }) for WHATWG URL instances.
const url = require('url');
const show = (v) => JSON.stringify(v);
const hrefs = ['http://user:pass@xn--tda.com:8080/p?q=1#frag', 'https://xn--n3h.net/', 'http://[::1]:80/a?b#c', 'mailto:a@b.com?subject=x#y',
  'file:///etc/passwd?x#y', 'foo://u@h/p#a?b', 'http://a.xn--tda.xn--ls8h/', 'http://u:@h/?#', 'http://:p@h/', 'https://münchen.de/ü?ü#ü',
  'foo:opaque?q#h', 'http://h/#a#b?c', 'blob:http://x/y', 'data:,hi', 'http://xn--maana-pta.com:443/'];
const optsList = [undefined, {}, { fragment: false }, { search: false }, { auth: false }, { unicode: true }, { fragment: 0, search: '', auth: null, unicode: 1 },
  { fragment: false, search: false, auth: false, unicode: true }, null, 0, 'str', [], true, () => {}];
for (const h of hrefs) {
  const u = new URL(h);
  for (const o of optsList) { try { console.log(show(h), show(o), show(url.format(u, o))); } catch (e) { console.log(show(h), String(o), e.name, e.code, e.message); } }
}
class Sub extends URL {}
console.log(url.format(new Sub('http://a/#x'), { fragment: false }));
const hopts = ['http://a:b@[::1]:8080/p?q#h', 'https://h/', 'https://%40u@h:443/', 'file:///x'];
for (const h of hopts) { const r = url.urlToHttpOptions(new URL(h)); console.log(show(r), Object.getPrototypeOf(r)); }
