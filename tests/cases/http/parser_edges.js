// Request lines and framing llhttp accepts or refuses, seen through 'request' and 'clientError':
// HTTP/0.9 lines (with and without a version, headers may follow), HTTP/2.0, unknown versions
// and protocols, a control byte in a value, Content-Length with Transfer-Encoding in either
// order, a non-chunked Transfer-Encoding (the request is announced, then refused), a head cut
// short by the client's end; and the Host header a client sends for an absolute-form path.
const http = require('http');
const net = require('net');
let cur;
const server = http.createServer((req, res) => {
  console.log(JSON.stringify(cur), '-> request', req.method, req.url, req.httpVersion, req.rawHeaders);
  req.on('error', (e) => console.log('   request error', e.code, e.message));
  req.resume();
  res.end('x');
});
server.on('clientError', (e, sock) => {
  console.log(JSON.stringify(cur), '-> clientError', e.code, JSON.stringify(e.message), JSON.stringify(e.reason));
  sock.destroy();
});
const inputs = [
  'GET /\r\n\r\n',
  'GET /\r\nHost: x\r\n\r\n',
  'GET / HTTP/0.9\r\n\r\n',
  'GET / HTTP/2.0\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.2\r\n\r\n',
  'GET / HTTP/9.9\r\n\r\n',
  'GET / XTTP/1.1\r\n\r\n',
  'GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n',
  'GET / HTTP/1.1\r\nHost',
];
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const t of inputs) {
    cur = t;
    await new Promise((resolve) => {
      const c = net.connect(port, '127.0.0.1', () => c.end(t));
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('close', () => {
        if (got) console.log('   answer', JSON.stringify(got.split('\r\n')[0]));
        resolve();
      });
    });
  }
  const s2 = http.createServer((req, res) => {
    console.log('path', req.url, 'host', req.headers.host.replace(String(s2.address().port), 'PORT'));
    res.end();
  });
  s2.listen(0, '127.0.0.1', async () => {
    for (const path of ['http://example.com:81/x', '*', 'https://a.b/c']) {
      await new Promise((r) => http.get({ host: '127.0.0.1', port: s2.address().port, path, agent: false }, (res) => { res.resume(); res.on('end', r); }));
    }
    s2.close();
    server.close();
  });
});
