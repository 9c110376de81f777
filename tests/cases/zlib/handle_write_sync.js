// The stream's binding step, driven directly as pngjs's sync inflate does: handle.writeSync
// (flush, in, inOff, inLen, out, outOff, outLen) fills out and leaves [availOut, availIn] in the
// stream's _writeState; output larger than out comes on the following calls.
const zlib = require('zlib');
const util = require('util');
function Inflate(opts) { zlib.Inflate.call(this, opts); }
util.inherits(Inflate, zlib.Inflate);
const inf = new Inflate();
console.log(typeof inf._handle.writeSync, inf._writeState instanceof Uint32Array, inf._writeState.length,
  Buffer.isBuffer(inf._outBuffer), inf._outBuffer.length, inf._outOffset, inf._chunkSize);
const input = zlib.deflateSync('hello hello hello');
const out = Buffer.alloc(inf._chunkSize);
inf._handle.writeSync(zlib.constants.Z_FINISH, input, 0, input.length, out, 0, out.length);
const st = inf._writeState;
console.log([st[0], st[1]], out.subarray(0, out.length - st[0]).toString());

// A 5000-byte result read 1024 bytes at a time.
const text = Array.from({ length: 500 }, (_, i) => String(i % 97).padStart(9, '.') + '\n').join('').slice(0, 5000);
const inf2 = new zlib.Inflate({ chunkSize: 1024 });
const packed = zlib.deflateSync(text);
const parts = [];
let inOff = 0;
let inLen = packed.length;
for (let i = 0; i < 20; i++) {
  const buf = Buffer.alloc(1024);
  inf2._handle.writeSync(zlib.constants.Z_FINISH, packed, inOff, inLen, buf, 0, 1024);
  const [availOut, availIn] = inf2._writeState;
  parts.push(buf.subarray(0, 1024 - availOut));
  inOff += inLen - availIn;
  inLen = availIn;
  if (availOut !== 0) break;
}
const got = Buffer.concat(parts).toString();
console.log(parts.length, parts.map((p) => p.length).join(), got === text);
