// url.parse drops tabs and newlines everywhere before the host's end ('/', '?', '#'), also after
// a character that cannot be in a host (which moves the rest into the path); after the host's end
// they are escaped.
const url = require('url');
const inputs = ['x:@`\nz', 'x:a`\tb/c\td', 'http://a b\n.c/d\ne', 'http://u@h%\r\nx?q\n#f\n', 'foo:bar\tbaz/q\n?x\ny#\nz',
  'c:a\nb', 'http://a.com/p\nq', 'HTTP:a "\nb\t?c\nd', '//a^\nb/c', 'x:{\n}#y\n', 'C:@`\n:C:example.com',
  '+javascript:%|ws:\n\nHTTP:', 'mailto:a\n@b`\tc'];
for (const s of inputs) {
  const p = url.parse(s, false, true);
  console.log(JSON.stringify(s), JSON.stringify([p.protocol, p.auth, p.host, p.pathname, p.search, p.hash, p.href]));
}
