// node's binding takes a read/write position only as a safe integer >= 0: anything else (1.5,
// 2 ** 53, a string, a bigint where numbers are taken, -2) means the file's own position.
// FileHandle.read, readv/writev, string and buffer writes (sync, callback, FileHandle).
const fs = require('fs');
const f = require('path').join(__dirname, `_wrp_tmp${process.pid}.txt`);
(async () => {
  for (const pos of [1.5, 2n, '1', NaN, -2, 2 ** 53, 3, true]) {
    fs.writeFileSync(f, 'abcdefgh');
    const fd = fs.openSync(f, 'r+');
    fs.readSync(fd, Buffer.alloc(2), 0, 2, null);
    const out = [];
    try { fs.writeSync(fd, 'S', pos); } catch (e) { out.push(`S:${e.code}`); }
    try { fs.writeSync(fd, Buffer.from('B'), 0, 1, pos); } catch (e) { out.push(`B:${e.code}`); }
    try { fs.writevSync(fd, [Buffer.from('V')], pos); } catch (e) { out.push(`V:${e.code}`); }
    try { out.push(`rv${fs.readvSync(fd, [Buffer.alloc(1)], pos)}`); } catch (e) { out.push(`rv:${e.code}`); }
    await new Promise((res) => fs.write(fd, Buffer.from('C'), 0, 1, pos, (e) => { if (e) out.push(`C:${e.code}`); res(); }));
    const fh = await fs.promises.open(f, 'r+');
    const r = await fh.read(Buffer.alloc(2), 0, 2, pos);
    out.push(`read:${r.buffer}`);
    await fh.write(Buffer.from('H'), 0, 1, pos);
    await fh.write('s', pos);
    await fh.writev([Buffer.from('W')], pos);
    await fh.close();
    fs.closeSync(fd);
    console.log(String(pos), fs.readFileSync(f, 'latin1'), out.join(' '));
  }
  fs.unlinkSync(f);
})();
