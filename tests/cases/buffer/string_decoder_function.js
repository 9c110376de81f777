// StringDecoder is a plain function as in node: callable without new, state not an own enumerable
// key, prototype methods check their receiver (ERR_INVALID_THIS).
const { StringDecoder } = require('string_decoder');
const o = {};
StringDecoder.call(o);
console.log(o.encoding, Object.keys(o), typeof o.write, o.lastNeed, o.lastTotal);
const d = new StringDecoder('hex');
console.log(Object.keys(d), d.encoding, d.write(Buffer.from([1, 2, 255])));
const u = new StringDecoder('utf8');
console.log(JSON.stringify(u.write(Buffer.from([0xe2, 0x82]))), u.lastNeed, u.lastTotal, u.lastChar);
console.log(JSON.stringify(u.end()), u.lastNeed);
for (const fn of [() => StringDecoder.prototype.write(Buffer.from('abc')), () => new StringDecoder('nope'), () => u.write(null)]) {
  try { fn(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Object.getOwnPropertyNames(StringDecoder.prototype).sort().join());
console.log(StringDecoder.name, StringDecoder.length, typeof StringDecoder.prototype.text);
