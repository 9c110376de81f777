// URL.parse (node 20.18+), URL/URLSearchParams member order as node's (for-in, own names), and
// blob: origins (only an http(s) inner URL gives an origin, else "null").
const props = []; for (const p in new URL('http://a/')) props.push(p);
console.log(props.join());
const sp = []; for (const p in new URLSearchParams()) sp.push(p);
console.log(sp.join());
console.log(Object.getOwnPropertyNames(URL.prototype).join());
console.log(Object.getOwnPropertyNames(URLSearchParams.prototype).join());
console.log(Object.getOwnPropertyNames(URL).join(), URL.parse.length);
const u = URL.parse('/x?y=1#z', 'https://h.example:8443/base/');
console.log(u instanceof URL, u.href, u.origin, u.searchParams.get('y'), String(u), JSON.stringify(u));
console.log(URL.parse('not a url'), URL.parse('/rel'), URL.parse('http://[::1'), URL.parse('a:b').href);
try { URL.parse(); } catch (e) { console.log(e.name, e.code, e.message); }
for (const s of ['blob:https://whatwg.org/d0360e2f', 'blob:http://x:81/y', 'blob:ftp://x/y', 'blob:null/x', 'blob:file:///tmp/a', 'blob:ws://x/', 'blob:nonsense', 'blob:https://a/b#c']) {
  console.log(s, new URL(s).origin);
}
