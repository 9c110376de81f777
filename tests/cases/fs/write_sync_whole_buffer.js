// fs.writeSync(fd, bytes) and (fd, bytes, undefined, undefined, position): the whole view,
// at the file's position or the given one; other views and bad descriptors as node checks them.
const fs = require('fs');
const f = 'tmp_write_sync_whole.bin';
const fd = fs.openSync(f, 'w+');
try {
  console.log(fs.writeSync(fd, Buffer.from('hello')));
  console.log(fs.writeSync(fd, new Uint8Array([0x21, 0x21])));
  console.log(fs.writeSync(fd, Buffer.from('HE'), undefined, undefined, 0));
  console.log(fs.writeSync(fd, Buffer.alloc(0)));
  console.log(fs.writeSync(fd, new Uint16Array([0x4142])));
  console.log(fs.writeSync(fd, new DataView(new Uint8Array([0x43]).buffer)));
  console.log(fs.writeSync(fd, Buffer.from('xyz').subarray(1)));
  console.log(fs.writeSync(fd, Buffer.from('Z'), undefined, undefined, -1), fs.writeSync(fd, Buffer.from('Q'), undefined, undefined, 1.5));
  console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
  for (const bad of [-1, 1.5, '1', 2 ** 31, null]) {
    try { fs.writeSync(bad, Buffer.from('a')); } catch (e) { console.log(e.code, e.message); }
  }
  try { fs.writeSync(fd, [1, 2]); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
} finally {
  fs.closeSync(fd);
  fs.unlinkSync(f);
}
