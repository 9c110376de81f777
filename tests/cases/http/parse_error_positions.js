// Where llhttp stops on a malformed head (err.bytesParsed, with code and reason): status lines
// (protocol prefix, version, status digits; RTSP/ and ICE/ responses and control bytes in a
// reason are taken), Content-Length and Transfer-Encoding faults (at the colon, the value or the
// offending byte), a bad url byte; also in a pipelined request and across reads.
const http = require('http');
const net = require('net');
const responses = ['garbage\r\n\r\n', 'HTTX/1.1 200 OK\r\n\r\n', 'RTSX/1.0 200 OK\r\n\r\n', 'IC/1.0 200 OK\r\n\r\n',
  'HTTP/x.1 200 OK\r\n\r\n', 'HTTP/1x1 200 OK\r\n\r\n', 'HTTP/1.x 200 OK\r\n\r\n', 'HTTP/1.1x200 OK\r\n\r\n', 'HTTP/3.0x200 OK\r\n\r\n',
  'HTTP/1.1 2x0 OK\r\n\r\n', 'HTTP/1.1 20 OK\r\n\r\n', 'HTTP/1.1 2000 OK\r\n\r\n', 'HTTP/1.1 x00 OK\r\n\r\n', 'HTTP/1.1  200 OK\r\n\r\n',
  'HTTP/1.1 200\n\r\n', 'RTSP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nab', 'ICE/1.0 204 No\r\nX-A: b\r\n\r\n', 'RTSP/2.0 200 OK\r\n\r\n',
  'HTTP/2.0 200 OK\x01\r\nContent-Length: 1\r\n\r\nz', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 1x\r\n\r\n'];
const requests = [
  ['GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length:   2\r\n\r\n'],
  ['GET / HTTP/1.1\r\nContent-Length: 1\r\nX: y\r\ncontent-length: 1\r\n\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length:3\r\n\r\n'],
  ['POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding:   chunked\r\n\r\n'],
  ['GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n'], ['GET / HTTP/1.1\r\nContent-Length:  12 3\r\n\r\n'],
  ['GET / HTTP/1.1\r\nContent-Length: \r\n\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked, gzip\r\n\r\n'],
  ['POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: gzip\r\n\r\n'],
  ['GET /\x7f HTTP/1.1\r\n\r\n'],
  ['GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
  ['GET / HTTP/1.1\r\nHost: x\r\n', 'Transfer-Encoding: chunked, gzip\r\n\r\n'],
  ['POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nabGET / HTTP/1.1\r\nContent-Length: x\r\n\r\n'],
];
(async () => {
  for (const inp of responses) {
    await new Promise((resolve) => {
      const s = net.createServer((c) => c.end(inp));
      s.listen(0, '127.0.0.1', () => {
        http.get({ port: s.address().port, host: '127.0.0.1' }, (res) => {
          let b = '';
          res.on('data', (d) => { b += d; });
          res.on('end', () => { console.log(JSON.stringify(inp), 'ok', res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, res.headers, b); s.close(); resolve(); });
        }).on('error', (e) => { console.log(JSON.stringify(inp), e.code, e.reason, e.bytesParsed); s.close(); resolve(); });
      });
    });
  }
  const server = http.createServer((req, res) => res.end('ok'));
  server.on('clientError', (err, sock) => { console.log('  clientError', err.code, err.reason, err.bytesParsed); sock.destroy(); });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (const parts of requests) {
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', async () => {
        for (const p of parts) {
          c.write(p);
          await new Promise((r) => setTimeout(r, 20));
        }
        c.end();
      });
      let d = '';
      c.on('data', (x) => { d += x; });
      c.on('error', () => {});
      c.on('close', () => { console.log(JSON.stringify(parts), JSON.stringify(d.replace(/Date: .*\r\n/g, ''))); resolve(); });
    });
  }
  server.close();
})();
