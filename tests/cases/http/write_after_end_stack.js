// res.write() or res.end(data) after res.end(): ERR_STREAM_WRITE_AFTER_END with node's frames
// for it (write_ and ServerResponse.write, or ServerResponse.end), to the callback and 'error'.
const http = require('http');
const frames = (e) => e.stack.split('\n').slice(1, 3).filter((l) => !l.includes(__filename)).join('|');
const server = http.createServer((req, res) => {
  res.end('done');
  res.on('error', (e) => console.log('error event', e.code));
  res.write('late', (e) => console.log('write cb', e.code, '|', frames(e)));
  res.end('later', (e) => console.log('end cb', e.code, '|', frames(e)));
  setImmediate(() => {
    res.end('again');
  });
});
server.listen(0, () => {
  const req = http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => server.close(), 20));
  });
  req.on('error', () => {});
});
process.on('uncaughtException', (e) => console.log('uncaught', e.code, frames(e)));
