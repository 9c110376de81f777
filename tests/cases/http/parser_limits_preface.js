// llhttp's limits and the HTTP/2 preface as node reports them: a Content-Length past 2^64-1 fails
// with 'Content-Length overflow' just past the digit that overflows (2^64-1 itself is a valid
// length), a chunk size past 64 bits just past its 17th significant digit; a PRI request line
// expects the rest of the preface (complete: HPE_PAUSED_H2_UPGRADE, a differing byte:
// HPE_INVALID_VERSION there, a partial one waits); a head of more than 31 headers reaches
// rawHeaders in llhttp's batches of 31, each kept while fewer than 2 x maxHeadersCount names and
// values are (req.headers has the first maxHeadersCount), and more than 2000 headers are no error
// by themselves.
const http = require('http');
const net = require('net');

const cl = (v, body = '') => `POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${v}\r\n\r\n${body}`;
const chunked = (size) => `POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n${size}\r\n`;
const many = (count) => 'GET / HTTP/1.1\r\nHost: x\r\n' +
  Array.from({ length: count - 1 }, (_, i) => `h${i}: v\r\n`).join('') + 'Connection: close\r\n\r\n';
const cases = [
  ['CL 20 nines', cl('99999999999999999999')],
  ['CL 2^64', cl('18446744073709551616')],
  ['CL 2^64 after zeros', cl('0018446744073709551616')],
  ['CL many zeros then 1', cl('000000000000000000000000001', 'a')],
  ['chunk 17 digits', chunked('FFFFFFFFFFFFFFFFF')],
  ['chunk zeros then 17 digits', chunked('0000fffffffffffffffff')],
  ['PRI preface', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'],
  ['PRI preface and more', 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\nxyz'],
  ['PRI partial preface', 'PRI * HTTP/2.0\r\n\r\n'],
  ['PRI HTTP/1.1', 'PRI * HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['PRI wrong preface', 'PRI * HTTP/2.0\r\n\r\nSX\r\n\r\n'],
  ['40 headers, max 10', many(40), 10],
  ['70 headers, max 10', many(70), 10],
  ['64 headers', many(64), null],
  ['1100 headers', many(1100), null],
  ['2100 headers', many(2100), null],
  ['1500 headers, max 1200', many(1500), 1200],
];

const server = http.createServer((req, res) => {
  console.log(`  request ${req.method} raw=${req.rawHeaders.length / 2} headers=${Object.keys(req.headers).length}` +
    ` last=${req.rawHeaders[req.rawHeaders.length - 2]}`);
  req.resume();
  res.end();
});
server.on('clientError', (e, socket) => {
  console.log(`  clientError ${e.code} ${JSON.stringify(e.reason)} ${e.bytesParsed}`);
  socket.destroy();
});

server.listen(0, '127.0.0.1', async () => {
  for (const [name, payload, max] of cases) {
    console.log(name);
    server.maxHeadersCount = max === undefined ? null : max;
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, '127.0.0.1', () => c.end(payload));
      c.on('error', () => {});
      c.resume();
      c.on('close', resolve);
    });
  }
  server.close();
});
