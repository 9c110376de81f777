// querystring.unescapeBuffer: bytes, malformed escapes kept, '+' only with decodeSpaces.
const qs = require('querystring');
for (const s of ['', 'abc', 'a%20b', 'a+b', '%E9', '%e9%', '%zz%41', '%', '%4', '%41%', '\u00ff\u0100', 'a%F0%9F%98%80b', '%%41', '%4g'])
  console.log(JSON.stringify(s), qs.unescapeBuffer(s).toString('hex'), qs.unescapeBuffer(s, true).toString('hex'), Buffer.isBuffer(qs.unescapeBuffer(s)));
const orig = qs.unescapeBuffer;
qs.unescapeBuffer = (s) => Buffer.from(`<${s}>`);
console.log(qs.unescape('%zz'), JSON.stringify(qs.parse('a=%zz%41')));
qs.unescapeBuffer = orig;
console.log(qs.unescape('%zz'));
