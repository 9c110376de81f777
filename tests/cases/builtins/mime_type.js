// util.MIMEType / MIMEParams: parsing (case, whitespace, quoted values, duplicates, bad
// parameters dropped), serialization, setters and node's ERR_INVALID_MIME_SYNTAX messages.
const { MIMEType, MIMEParams, inspect } = require('util');
const inputs = ['text/plain', 'TEXT/PLAIN ; a=1', 'text/plain;a', 'text/plain;a=', 'text/plain;=b', 'a/b;c="d',
  'a/b;c="d\\', '  x/y  ', 'x/y;a=1;a=2', 'x/y;A="q";b=""', 'x/', '/y', 'x/y z', 'x/y;a b=c', 'x/y;a=b c',
  'Text/HTML; Charset="utf-8"; foo=bar;;x="a\\"b"', 'bad', 'x y/z', 'application/json;charset=UTF-8',
  'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW', 'x/y;q="\\\\"', 'x/y;é=1', 'x/y;a="é"'];
for (const s of inputs) {
  try {
    const m = new MIMEType(s);
    console.log(JSON.stringify(s), String(m), m.type, m.subtype, m.essence, JSON.stringify([...m.params]), JSON.stringify(m));
  } catch (e) {
    console.log(JSON.stringify(s), e.code, e.name, e.message);
  }
}
const m = new MIMEType('text/html;charset=utf-8');
m.type = 'Application';
m.subtype = 'XHTML+XML';
m.params.set('q', 'a b');
m.params.set('empty', '');
console.log(String(m), m.params.get('charset'), m.params.get('nope'), m.params.has('q'));
m.params.delete('charset');
console.log(String(m), [...m.params.keys()], [...m.params.values()], JSON.stringify(m.params));
for (const f of [() => { m.type = 'x y'; }, () => { m.subtype = ''; }, () => m.params.set('a b', 'c'),
  () => m.params.set('a', 'c\u0000'), () => m.params.set('', 'x')]) {
  try { f(); } catch (e) { console.log(e.code, e.name, e.message); }
}
const p = new MIMEParams();
p.set('a', '1');
console.log(p.toString(), [...p], typeof MIMEType.prototype.toJSON, inspect(new MIMEType('a/b')).startsWith('MIMEType'));
