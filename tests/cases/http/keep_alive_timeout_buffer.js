// An idle keep-alive connection is closed about a second after server.keepAliveTimeout (node 20
// keeps the socket past the advertised Keep-Alive: timeout so late reuse is not reset).
const http = require('http');
const net = require('net');
for (const kat of [100, 400]) {
  const srv = http.createServer((req, res) => res.end('x'));
  srv.keepAliveTimeout = kat;
  srv.listen(0, '127.0.0.1', () => {
    const c = net.connect(srv.address().port, '127.0.0.1');
    let t0;
    let head = '';
    c.on('data', (d) => { t0 = Date.now(); head += d; });
    c.on('close', () => {
      const waited = Date.now() - t0;
      console.log(kat, /Keep-Alive: timeout=\d+/.exec(head)[0], waited > kat + 600, waited < kat + 1600);
      srv.close();
    });
    c.write('GET / HTTP/1.1\r\nHost: h\r\n\r\n');
  });
}
