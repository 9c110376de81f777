// Decoding to a string past V8's length limit (buffer.constants.MAX_STRING_LENGTH) throws node's
// ERR_STRING_TOO_LONG; the limit counts the string made, so hex trips it at half the bytes.
const { constants: { MAX_STRING_LENGTH } } = require('buffer');
const buf = Buffer.alloc(MAX_STRING_LENGTH / 2 + 1);
for (const [enc, start] of [['hex', 0], ['hex', buf.length - 3], ['latin1', buf.length - 5]]) {
  try {
    console.log(enc, start, buf.toString(enc, start).length);
  } catch (e) {
    console.log(enc, start, e.name, e.code, e.message);
  }
}
try { buf.hexSlice(); } catch (e) { console.log('hexSlice', e.code); }
console.log(buf.hexSlice(0, 4).length, buf.toString('hex', 0, 8).length);
const { StringDecoder } = require('string_decoder');
try { new StringDecoder('hex').write(buf); } catch (e) { console.log('StringDecoder', e.code); }
console.log(new StringDecoder('hex').write(buf.subarray(0, 3)));
