// Reading a write-only descriptor or writing a read-only one: EBADF in every form (sync,
// positional, callback with node's (err, 0, buffer) arguments), never a crash.
const fs = require('fs');
const name = 'ebadf_access.tmp';
const wfd = fs.openSync(name, 'w');
const buf = Buffer.alloc(10);
try { fs.readSync(wfd, buf, 0, 10, 0); } catch (e) { console.log('read at position:', e.code, e.syscall); }
try { fs.readSync(wfd, buf, 0, 10, null); } catch (e) { console.log('read:', e.code, e.syscall); }
const rfd = fs.openSync(name, 'r');
try { fs.writeSync(rfd, 'x'); } catch (e) { console.log('write:', e.code, e.syscall); }
try { fs.writeSync(rfd, 'x', 0); } catch (e) { console.log('write at position:', e.code, e.syscall); }
fs.read(wfd, buf, 0, 10, null, (err, n, b) => {
  console.log('read callback:', err.code, n, b === buf);
  fs.write(rfd, Buffer.from('x'), (err2, n2, b2) => {
    console.log('write callback:', err2.code, n2, b2.length);
    fs.closeSync(wfd);
    fs.closeSync(rfd);
    fs.unlinkSync(name);
  });
});
