// Two pipelined requests, then the client half-closes; each response is far above the socket's
// high-water mark. Both responses have ended when the FIN is read: node has handed them to the
// kernel by then and both arrive in full (rjs ended the socket at the FIN and dropped the second).
const net = require('net');
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  const id = ++n;
  const sock = req.connection;
  console.log('handler', id, 'socket paused:', sock._paused);
  res.write('x'.repeat(sock.writableHighWaterMark * 200));
  res.end();
  res.on('finish', () => console.log('finish', id));
  res.on('close', () => console.log('res close', id));
}).listen(0, '127.0.0.1', () => {
  let got = 0;
  const c = net.createConnection(server.address().port, '127.0.0.1', () => {
    c.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\n');
    c.write('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n', () => setImmediate(() => c.resume()));
    c.end();
  });
  c.on('data', (d) => { got += d.length; });
  c.on('end', () => { console.log('client received', got, 'bytes'); server.close(); });
});
