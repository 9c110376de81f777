// Stats a WASI host does not report, shown as a Linux file system would: blksize 4096, blocks in
// 512-byte units of whole 4 KiB blocks (none for an empty file or a symbolic link), and ctime
// never before mtime (a write changes both); birthtime stays the creation time.
const fs = require('fs');
const path = require('path');
const d = path.join(__dirname, '_tmp_stat_blocks');
fs.rmSync(d, { recursive: true, force: true });
fs.mkdirSync(d);
for (const n of [0, 1, 4096, 5000]) {
  const f = path.join(d, `f${n}`);
  fs.writeFileSync(f, 'x'.repeat(n));
  const s = fs.statSync(f);
  const b = fs.statSync(f, { bigint: true });
  console.log(n, s.blksize, s.blocks, b.blksize, b.blocks);
}
fs.symlinkSync('f1', path.join(d, 'l'));
const l = fs.lstatSync(path.join(d, 'l'));
console.log('link', l.size, l.blocks, l.blksize);
const f = path.join(d, 'later');
fs.writeFileSync(f, 'a');
const start = Date.now();
while (Date.now() - start < 20);
fs.appendFileSync(f, 'b');
const s = fs.statSync(f);
const b = fs.statSync(f, { bigint: true });
console.log(s.ctimeMs >= s.mtimeMs, s.mtimeMs > s.birthtimeMs, s.ctime >= s.mtime, b.ctimeNs >= b.mtimeNs, b.birthtimeNs <= b.ctimeNs);
fs.rmSync(d, { recursive: true });
