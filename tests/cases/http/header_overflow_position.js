// Where the parser stops on HPE_HEADER_OVERFLOW (err.bytesParsed): llhttp hands node the url or
// reason, each header name and each value (trailing whitespace included) and stops on the span that
// reaches maxHeaderSize: at the space after a url, after the ':' of a name, after a value's CR.
const http = require('http');
const net = require('net');

const requests = [
  ['value', 'GET /blah HTTP/1.1\r\nCookie: ' + 'a'.repeat(120) + '\r\nX: y\r\n\r\n'],
  ['value2', 'GET /blah HTTP/1.1\r\nA: b\r\nCookie: ' + 'a'.repeat(120) + '\r\nX: y\r\n\r\n'],
  ['name', 'GET /blah HTTP/1.1\r\n' + 'C'.repeat(120) + ': v\r\n\r\n'],
  ['url', 'GET /' + 'u'.repeat(120) + ' HTTP/1.1\r\nA: b\r\n\r\n'],
  ['exact', 'GET /blah HTTP/1.1\r\nCo: ' + 'a'.repeat(93) + '\r\n\r\n'],
  ['below', 'GET /blah HTTP/1.1\r\nCo: ' + 'a'.repeat(72) + '\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['many', 'GET /blah HTTP/1.1\r\n' + 'Ab: cd\r\n'.repeat(30) + '\r\n'],
];
const responses = [
  ['reason', 'HTTP/1.1 200 ' + 'R'.repeat(120) + '\r\nA: b\r\n\r\n'],
  ['value', 'HTTP/1.1 200 OK\r\nCookie: ' + 'a'.repeat(120) + '\r\nX: y\r\n\r\n'],
  ['name', 'HTTP/1.1 200 OK\r\n' + 'C'.repeat(120) + ': v\r\n\r\n'],
  ['empty values', 'HTTP/1.1 200 OK\r\n' + 'Abcdefghi:\r\n'.repeat(12) + '\r\n'],
  ['trailing spaces', 'HTTP/1.1 200 OK\r\nCookie:   ' + 'a'.repeat(90) + '   \r\nX: y\r\n\r\n'],
];

let current;
function serverCase(port, [name, text]) {
  current = name;
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => {
      if (got) console.log('server', name, 'answered', got.split('\r\n')[0]);
      resolve();
    });
  });
}

function clientCase(port, [name, text]) {
  return new Promise((resolve) => {
    const raw = net.createServer((s) => { s.on('error', () => {}); s.end(text); raw.close(); });
    raw.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: raw.address().port, host: '127.0.0.1', maxHeaderSize: 100 }, (res) => {
        console.log('client', name, 'response', res.statusCode);
        res.resume();
      });
      req.on('error', (err) => console.log('client', name, err.code, err.bytesParsed));
      req.on('close', resolve);
    });
  });
}

(async () => {
  const server = http.createServer({ maxHeaderSize: 100 }, (req, res) => res.end('ok'));
  server.on('clientError', (err, sock) => {
    console.log('server', current, err.code, err.bytesParsed, err.rawPacket.length);
    sock.destroy();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  for (const c of requests) await serverCase(server.address().port, c);
  server.close();
  for (const c of responses) await clientCase(0, c);
})();
