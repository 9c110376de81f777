// Buffer's inspect: space-separated hex pairs up to INSPECT_MAX_BYTES (0, fractional, above the
// length), the "... N more bytes" tail, and extra keys after the bytes (none for an empty one).
const buffer = require('buffer');
const util = require('util');
const bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xfe, 0xff]);
for (const max of [0, 1, 2.5, 6, 100]) {
  buffer.INSPECT_MAX_BYTES = max;
  console.log(max, util.inspect(bytes), util.inspect(Buffer.from([0xab])), bytes.inspect());
}
buffer.INSPECT_MAX_BYTES = 50;
const e = Buffer.alloc(0); e.tag = 'x';
console.log(e, Buffer.from(new Uint16Array([0x1234, 0xabcd]).buffer), Buffer.alloc(64, 0x0f));
