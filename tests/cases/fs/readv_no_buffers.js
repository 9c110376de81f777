// A readv into no buffers is libuv's EINVAL (read) in every form (sync, callback with 0 and the
// array, FileHandle), while a writev of none writes 0 bytes, as node's.
const fs = require('fs');
const fd = fs.openSync(__filename, 'r');
try { fs.readvSync(fd, []); } catch (e) { console.log('sync', e.message, e.errno, e.code, e.syscall, Object.keys(e), require('util').inspect(e).split('\n').filter((l) => !l.includes(' at ')).join('|')); }
console.log('writev', fs.writevSync(fd, []));
fs.readv(fd, [], (e, n, b) => {
  console.log('cb', e && e.message, n, b);
  fs.promises.open(__filename).then(async (fh) => {
    try { await fh.readv([]); } catch (e2) { console.log('fh', e2.message, e2.syscall); }
    console.log('fh writev', await fh.writev([]));
    await fh.close(); fs.closeSync(fd);
  });
});
