// @stdin: piped input\n
// fstat of the process's own stdin/stdout/stderr: a pipe (a FIFO, or the socket pair node's
// spawnSync gives), not a file or a device, though WASI reports no type; reading fd 0 still works.
const fs = require('fs');
for (const fd of [0, 1, 2]) {
  const s = fs.fstatSync(fd);
  console.log(fd, s.isFIFO() || s.isSocket(), s.isFile(), s.isCharacterDevice(), s.isDirectory());
}
fs.fstat(1, (err, s) => {
  console.log('callback', err, s.isFIFO() || s.isSocket());
  console.log(JSON.stringify(fs.readFileSync(0, 'utf8')));
});
