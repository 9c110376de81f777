// stream-adventure "beep boop", "read it" (a Readable pushed by hand), "write to" (a Writable
// sink), "meet pipe" (a file piped to stdout) and object-mode streams.
const { Readable, Writable } = require('stream');
const fs = require('fs');
const path = require('path');
console.log('beep boop');
const r = new Readable({ read() {} });
r.push('first ');
r.push('second\n');
r.push(null);
r.pipe(process.stdout);
r.on('end', () => {
  const seen = [];
  const w = new Writable({
    write(chunk, enc, cb) {
      seen.push([chunk.toString(), enc, Buffer.isBuffer(chunk)]);
      cb();
    },
  });
  w.on('finish', () => {
    console.log(seen);
    const dir = fs.mkdtempSync('_tmp-');
    const f = path.join(dir, 'in.txt');
    fs.writeFileSync(f, 'from a file\n');
    const rs = fs.createReadStream(f);
    rs.on('open', (fd) => console.log('open', typeof fd));
    rs.on('ready', () => console.log('ready'));
    rs.on('close', () => {
      console.log('read close', rs.bytesRead);
      objects(dir);
    });
    rs.pipe(process.stdout, { end: false });
  });
  w.write('hello');
  w.write(Buffer.from('buf'));
  w.end('bye', 'utf8');
});
function objects(dir) {
  const src = Readable.from([{ a: 1 }, { b: 2 }, 'str', 3]);
  const got = [];
  src.on('data', (o) => got.push(o));
  src.on('end', () => {
    console.log(got, src.readableObjectMode);
    fs.rmSync(dir, { recursive: true });
  });
}
