// headersTimeout counts from the connection's start until its first request begins; an idle
// keep-alive connection after a complete request is not timed (keepAliveTimeout governs it).
const http = require('http');
const net = require('net');
const server = http.createServer({ headersTimeout: 300, requestTimeout: 0, keepAliveTimeout: 2000, connectionsCheckingInterval: 50 }, (req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const silent = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let got = '';
    const t0 = Date.now();
    c.on('data', (d) => { got += d; });
    c.on('close', () => resolve([got, Date.now() - t0 >= 250]));
  });
  console.log('silent connection:', JSON.stringify(silent[0]), 'after the timeout:', silent[1]);
  const idle = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let got = '';
    c.on('data', (d) => { got += d; });
    setTimeout(() => { resolve(got.split('\r\n')[0] + ' / still open: ' + !c.destroyed); c.destroy(); }, 700);
  });
  console.log('keep-alive connection after a request:', idle);
  server.close();
});
