// StringDecoder keeps node's 7-byte state: lastChar is a view of it (old bytes stay after a
// character completes), lastNeed/lastTotal read it, util.inspect shows it; all write splits.
const { StringDecoder } = require('string_decoder');
const util = require('util');
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
const inputs = ['e282ac', 'f0a4ada2', 'cba464e18ba430e38185', 'C9B5A941', 'E241', 'CCCCB8', 'F0B841',
  'F1CCB8', 'F0FB00', 'CCE2B8B8', 'E2B8CCB8', 'E2FBCC01', 'EDA0B5EDB08D', '3DD84DDC', '4DDC3DD8', '61626364'];
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  for (const h of inputs) {
    const input = Buffer.from(h, 'hex');
    const d = new StringDecoder(enc);
    const trace = [];
    for (let i = 0; i < input.length; i++) {
      trace.push(`${hex(d.write(input.subarray(i, i + 1)))}[${d.lastNeed},${d.lastTotal},${d.lastChar.toString('hex')}]`);
    }
    trace.push(hex(d.end()));
    const whole = new StringDecoder(enc);
    console.log(enc, h, hex(whole.write(input) + whole.end()), trace.join(';'));
  }
}
const d = new StringDecoder('utf8');
d.write(Buffer.from('E18B', 'hex'));
console.log(hex(d.end()), util.inspect(d));
console.log(d.lastChar.buffer === d.lastChar.buffer, d.lastChar.length, Object.getOwnPropertyNames(StringDecoder.prototype));
const u = new StringDecoder('utf16le');
console.log(u.write(Buffer.from('3dd8', 'hex')), u.lastNeed, hex(u.write(Buffer.from('4d', 'hex'))), u.lastTotal, hex(u.end()));
try { StringDecoder.prototype.end.call({}); } catch (e) { console.log(e.name, e.message); }
