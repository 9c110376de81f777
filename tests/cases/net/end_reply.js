// Without allowHalfOpen a socket may still answer from its 'end' listener (node ends the write
// side a tick later; writes after that fail with EPIPE); connecting to an IP emits no 'lookup';
// a connect started from an immediate with nothing else pending completes (no sleeping loop).
const net = require('net');
const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server end', got, sock.writable, sock.writableEnded);
    sock.write('reply after end', () => console.log('reply written'));
    process.nextTick(() => console.log('next tick: writableEnded', sock.writableEnded));
    setImmediate(() => sock.write('too late', (e) => console.log('late write:', e && e.code, e && e.message)));
  });
  sock.on('error', (e) => console.log('server error', e.code));
  sock.on('close', () => { console.log('server close'); server.close(() => setImmediate(refused)); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('hi'));
  c.on('lookup', () => console.log('lookup event?!'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => console.log('client got', got));
});
function refused() {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const free = probe.address().port;
    probe.close(() => setImmediate(() => {
      net.connect(free, '127.0.0.1').on('error', (e) => console.log('refused', e.code));
    }));
  });
}
