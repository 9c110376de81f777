// setKeepAlive/setNoDelay called while a connect is still in progress are applied once it
// completes (rjs used to set them at once, which aborted the process under wasi-libc).
const net = require('net');
const srv = net.createServer((c) => c.end('hi'));
srv.listen(0, '127.0.0.1', () => {
  let left = 5;
  for (let i = 0; i < 5; i++) {
    const c = net.connect(srv.address().port, '127.0.0.1');
    setImmediate(() => {
      console.log('set', c.setKeepAlive(true, 1000) === c, c.setNoDelay(true) === c);
    });
    c.on('data', (d) => console.log('data', String(d)));
    c.on('close', () => { if (--left === 0) srv.close(() => console.log('done')); });
  }
});
