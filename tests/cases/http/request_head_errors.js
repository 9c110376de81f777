// Malformed request heads get llhttp's (strict) code, reason and bytesParsed: CR without LF in a
// value (HPE_LF_EXPECTED), bare LF (HPE_CR_EXPECTED), a space before the first header
// (HPE_UNEXPECTED_SPACE), bad version endings (HPE_STRICT / HPE_INVALID_VERSION), bad names and
// value bytes at their own offsets.
const http = require('http');
const net = require('net');
const heads = [
  'GET / HTTP/1.1\r\nDummy: Header\rContent-Length: 1\r\n\r\n',
  'GET / HTTP/1.1\r\nDummy: Header\r\r\n\r\n',
  'GET / HTTP/1.1\rHost: a\r\n\r\n',
  'GET /\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\rx\r\n\r\n',
  'GET / HTTP/1.1\r\nHo st: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost : a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\x01b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\x7fb\r\n\r\n',
  'GET / HTTP/1.1\r\n: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n',
  'GET / HTTP/1.1\nHost: a\r\n\r\n',
  'GET / HTTP/1.1\r\n Host: a\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n b\r\n\r\n',
  'GET / HTTP/1.2\r\n\r\n',
  'GET / HTTP/2.0\r\n\r\n',
  'GET / HTTP/1.1 \r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\r\n',
  'GET /a b HTTP/1.1\r\n\r\n',
];
const server = http.createServer((req, res) => { console.log('  request', req.url, JSON.stringify(req.headers)); res.end(); });
server.on('clientError', (err, socket) => { console.log('  clientError', err.code, err.reason, err.bytesParsed); socket.destroy(); });
server.listen(0, async () => {
  for (const h of heads) {
    console.log(JSON.stringify(h));
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.end(h));
      c.on('data', () => {});
      c.on('close', resolve);
    });
  }
  server.close();
});
