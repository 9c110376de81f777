// fs streams over a custom `fs` and over FileHandles, as node's: writev used when the fs has
// one (each chunk written alone when not), inherited options honoured, a patched close sees the
// descriptor (fd is null after), a FileHandle stream reads through handle.read and closes with
// the handle, and a FileHandle with a custom fs is refused.
const fs = require('fs');
const path = require('path');
const f = path.join(__dirname, '_tmp_stream_custom_fs.txt');
const calls = [];
const wrap = (name) => (...a) => {
  const arg = name.startsWith('write') ? `:${Array.isArray(a[1]) ? a[1].map(String).join('|') : String(a[1])}` : '';
  calls.push(name + arg);
  return fs[name](...a);
};
const s1 = fs.createWriteStream(f, { fs: { open: wrap('open'), write: wrap('write'), close: wrap('close') } });
s1.write('a'); s1.write('b'); s1.end('c');
s1.on('close', () => {
  console.log(calls.join(' '), fs.readFileSync(f, 'utf8'));
  calls.length = 0;
  const s2 = fs.createWriteStream(f, { fs: { open: wrap('open'), write: wrap('write'), writev: wrap('writev'), close: wrap('close') } });
  s2.write('a'); s2.write('b'); s2.end('c');
  s2.on('close', () => { console.log(calls.join(' '), fs.readFileSync(f, 'utf8'), s2.bytesWritten); handles(); });
});
const r = fs.createReadStream(__filename, { __proto__: { start: 3, end: 7, encoding: 'latin1' } });
console.log('inherited', r.start, r.end);
r.on('data', (d) => console.log(JSON.stringify(d)));
const r2 = fs.createReadStream(__filename, {
  fs: { open: fs.open, read: fs.read, close(fd, cb) { console.log('close sees fd', fd === r2.fd, typeof fd); fs.close(fd, cb); } },
});
r2.on('close', () => console.log('after close fd', r2.fd));
r2.resume();

async function handles() {
  const h = await fs.promises.open(f);
  try { fs.createReadStream(null, { fd: h, fs }); } catch (e) { console.log(e.name, e.code, e.message); }
  const read = h.read;
  let reads = 0;
  h.read = function (...a) { reads++; return read.apply(this, a); };
  h.on('close', () => console.log('handle close'));
  const rs = fs.createReadStream(null, { fd: h, encoding: 'utf8' });
  rs.on('data', (d) => console.log('data', d, reads > 0));
  rs.on('close', async () => {
    console.log('stream close', h.fd);
    const h2 = await fs.promises.open(f);
    const rs2 = fs.createReadStream(null, { fd: h2 });
    rs2.on('close', () => { console.log('closed with the handle', rs2.destroyed); fs.unlinkSync(f); });
    await h2.close();
  });
}
