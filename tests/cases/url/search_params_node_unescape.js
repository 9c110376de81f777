// URLSearchParams parses as node 20: '+' is a space, and a name or value with a valid %XX goes
// through querystring.unescape (decodeURIComponent, else byte-wise: a raw non-ASCII character
// next to a malformed escape becomes U+FFFD); without a valid escape the text is kept as is.
const inputs = ['%41é%zz', 'é%41%zz', '%41日本%', '%41%e9', '%C3%A9%zz', '%41😀%zz', '%41é+x%zz', '%41é', '%e9%41',
  'é%%zz', 'a%zzé', 'é', 'a+b%zz', '%4+1é%', '&&a=1&&b&=c&', '=x', '==', 'a=b=c', '%2e%2E:a bé*%%zz/a/b', '', '?a=%41'];
for (const s of inputs) {
  const p = new URLSearchParams(s);
  console.log(JSON.stringify(s), JSON.stringify([...p]), p.toString());
  const u = new URL('http://h/?' + s);
  console.log('  url', JSON.stringify([...u.searchParams]));
}
