// A connection whose request times out (headersTimeout, checked every connectionsCheckingInterval)
// gets one ERR_HTTP_REQUEST_TIMEOUT: a 'clientError' listener that leaves the socket open is not
// called again while the same request goes on (node's connections list drops an expired one until
// its next message), and the parser is still inside that request, so the client's end is then
// an HPE_INVALID_EOF_STATE error. Both with and without an earlier complete request.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 250, requestTimeout: 500, connectionsCheckingInterval: 40 },
  (req, res) => res.end('ok'));
server.on('clientError', (e, socket) => {
  console.log('  clientError', e.code);
  if (e.code !== 'ERR_HTTP_REQUEST_TIMEOUT') socket.destroy();
});
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(name, first) {
  console.log(name);
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', async () => {
      if (first) { c.write(first); await sleep(100); }
      c.write('GET / HTTP/1.1\r\n');
      await sleep(150);
      c.write('Host: x\r\n');
      await sleep(600);
      c.end();
    });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('close', () => { console.log('  client got', got.split('\r\n')[0] || '(nothing)'); resolve(); });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('slow head on a new connection');
  await run('slow head after a request', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  server.close();
});
