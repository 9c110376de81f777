// Encoding arguments as node reads them: toString/write/indexOf/byteLength stringify (null and "" are
// unknown there), fill/alloc/StringDecoder normalise (null means utf8, a non-string is rejected).
const b = Buffer.from('abc');
const ops = {
  toString: (e) => b.toString(e, 0, 3), toString1: (e) => b.toString(e),
  write: (e) => Buffer.alloc(4).write('ab', 0, 2, e), write2: (e) => Buffer.alloc(4).write('ab', e),
  fill: (e) => Buffer.alloc(4).fill('ab', 0, 4, e).toString('hex'), fill2: (e) => Buffer.alloc(4).fill('ab', e).toString('hex'),
  byteLength: (e) => Buffer.byteLength('ab', e), from: (e) => Buffer.from('ab', e).toString('hex'),
  alloc: (e) => Buffer.alloc(4, 'ab', e).toString('hex'), indexOf: (e) => b.indexOf('b', 0, e), includes: (e) => b.includes('b', 0, e),
  lastIndexOf: (e) => b.lastIndexOf('b', 2, e), isEncoding: (e) => Buffer.isEncoding(e),
  sd: (e) => new (require('string_decoder').StringDecoder)(e).encoding,
  tdec: (e) => new TextDecoder(e).encoding,
};
for (const [name, fn] of Object.entries(ops)) {
  const row = [];
  for (const e of ['constructor', '__proto__', 'toString', null, '', 0, false, 'UTF8', 'Utf-8', 'Binary', 'hex\0', {toString(){return 'hex'}}]) {
    try { row.push(JSON.stringify(fn(e))); } catch (err) { row.push(`${err.code || err.name}:${err.message.slice(0, 40)}`); }
  }
  console.log(name, row.join(' | '));
}
