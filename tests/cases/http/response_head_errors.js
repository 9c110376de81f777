// Malformed response heads give the client request llhttp's code, reason and bytesParsed: CR
// without LF after a value (HPE_LF_EXPECTED) or the status line (HPE_STRICT), bare LFs
// (HPE_CR_EXPECTED), a space before the first header (HPE_UNEXPECTED_SPACE), bad names and value
// bytes at their offsets; lenient things node takes (no reason phrase, status 099/600) still parse.
const http = require('http');
const net = require('net');
const heads = [
  'HTTP/1.1 200 OK\r\nDummy: Header\rContent-Length: 1\r\n\r\nx',
  'HTTP/1.1 200 OK\r\nHost: a\nX: b\r\n\r\n',
  'HTTP/1.1 200 OK\nX: b\r\n\r\n',
  'HTTP/1.1 200 OK\r\n X: b\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\r\n b\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX : b\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\x01\r\n\r\n',
  'HTTP/1.1 200\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\rX: b\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2;\nxx\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked, gzip\r\n\r\nabc',
  'HTTP/1.1 200 OK\r\nX: \x80\xff\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\n\r\n',
  'HTTP/1.1 099 OK\r\n\r\n',
  'HTTP/1.1 600 OK\r\nContent-Length: 0\r\n\r\n',
];
let idx = 0;
const server = net.createServer((c) => {
  c.once('data', () => c.end(heads[idx]));
});
server.listen(0, async () => {
  for (idx = 0; idx < heads.length; idx++) {
    console.log(JSON.stringify(heads[idx]));
    await new Promise((resolve) => {
      const req = http.get({ port: server.address().port, agent: false }, (res) => {
        let b = '';
        res.on('data', (d) => { b += d; });
        res.on('end', () => { console.log('  response', res.statusCode, JSON.stringify(res.statusMessage), JSON.stringify(res.headers), JSON.stringify(b)); });
        res.on('error', (e) => console.log('  res error', e.code));
      });
      req.on('error', (e) => console.log('  error', e.code, e.reason, e.bytesParsed));
      req.on('close', () => setTimeout(resolve, 20));
    });
  }
  server.close();
});
