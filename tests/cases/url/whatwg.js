// WHATWG URL parsing, components, setters and inspect output.
const inputs = [
  ['https://user:pa ss@EXAMPLE.com:8080/a/../b/./c?x=1&y=2#frag'],
  ['http://example.com:80/'], ['HTTP://[::1]:3000/p'], ['file:///tmp/a b.txt'], ['file://host/share'],
  ['mailto:someone@example.com'], ['data:text/plain,hi'], ['javascript:alert(1)'],
  ['/relative?q', 'https://base.org/dir/file'], ['../up', 'http://h/a/b/c'], ['//other.net/x', 'https://base.org'],
  ['?only', 'http://h/p?old#f'], ['#hash', 'http://h/p?q'], ['http://münchen.de/ü?ä=ö#ß'], ['http://xn--mnchen-3ya.de'],
  ['http://192.168.0.1.'], ['http://0x7f.1/'], ['ws://h:65535'], ['http://h:65536'], ['not a url'], [''], ['http://'],
  ['  http://trim.me/  '], ['http://a\tb.c/\nd'], ['https://h/%7e%zz'], ['blob:https://a.b/uuid'], ['x', 'not-a-base'],
];
for (const [i, b] of inputs) {
  try {
    const u = b === undefined ? new URL(i) : new URL(i, b);
    console.log(JSON.stringify([u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
  } catch (e) {
    console.log(e.name, e.code, e.message, e.input, e.base);
  }
  console.log(URL.canParse(i, b));
}
const u = new URL('https://example.org/p?a=1#h');
console.log(u);
console.log([u], { u }, String(u), JSON.stringify({ u }));
for (const [k, v] of [['protocol', 'http'], ['protocol', 'ftp:'], ['protocol', 'bad!'], ['username', 'me'], ['password', 'p@ss'], ['host', 'other.com:81'], ['hostname', 'h2'], ['port', '8080'], ['port', 'abc'], ['port', ''], ['pathname', '/x y/z'], ['search', 'q=1 2'], ['search', ''], ['hash', 'frag ment'], ['hash', ''], ['href', 'http://new/']]) {
  u[k] = v;
  console.log(k, v, u.href);
}
try { u.href = 'bad'; } catch (e) { console.log(e.code, e.message); }
try { new URL(); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(u), Object.prototype.toString.call(u), u instanceof URL);
const { domainToASCII, domainToUnicode, fileURLToPath, pathToFileURL } = require('url');
console.log(domainToASCII('español.com'), domainToASCII('xn--iñvalid.com'), domainToUnicode('xn--espaol-zwa.com'), domainToUnicode('xn--iñvalid.com'));
console.log(fileURLToPath('file:///a/b%20c'), fileURLToPath(new URL('file:///x/%E2%82%AC')), pathToFileURL('/tmp/a b#c?d%e').href, pathToFileURL('/dir/').href);
for (const bad of ['http://x/y', 'file://host/a', 'file:///a%2fb', 5]) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.code, e.message); }
}
