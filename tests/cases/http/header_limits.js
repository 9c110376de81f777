// maxHeaderSize boundaries (node counts url + names + values), the server option, and a
// client receiving oversized response headers.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let o = '';
    c.on('data', (d) => { o += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(o.split('\r\n')[0]));
    c.end(text);
  });
}

(async () => {
  console.log('maxHeaderSize', http.maxHeaderSize);
  const server = http.createServer((req, res) => res.end('ok'));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  let port = server.address().port;
  for (const n of [16376, 16377]) {
    console.log(n, await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: ' + 'a'.repeat(n - 15) + '\r\n\r\n'));
    console.log('two lines', n, await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: ' + 'a'.repeat(8000) + '\r\nY: ' + 'b'.repeat(n - 15 - 8001) + '\r\n\r\n'));
  }
  console.log('long url', await raw(port, `GET /${'u'.repeat(20000)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`));
  await new Promise((r) => server.close(r));

  const small = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('ok'));
  await new Promise((r) => small.listen(0, '127.0.0.1', r));
  port = small.address().port;
  console.log('small ok', await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  console.log('small big', await raw(port, `GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX: ${'z'.repeat(100)}\r\n\r\n`));
  await new Promise((r) => small.close(r));

  const bigResponder = net.createServer((s) => {
    s.on('error', () => {});
    s.once('data', () => s.end(`HTTP/1.1 200 OK\r\nX-Big: ${'q'.repeat(20000)}\r\nContent-Length: 0\r\n\r\n`));
  });
  await new Promise((r) => bigResponder.listen(0, '127.0.0.1', r));
  port = bigResponder.address().port;
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1' }, () => console.log('unexpected response'));
    req.on('error', (e) => console.log('client error', e.code, e.message));
    req.on('close', resolve);
  });
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', maxHeaderSize: 30000 }, (res) => {
      console.log('with maxHeaderSize', res.statusCode, res.headers['x-big'].length);
      res.resume();
    });
    req.on('close', resolve);
  });
  bigResponder.close(() => console.log('done'));
})();
