// Response status lines by version: llhttp reads HTTP/0.9, 1.0, 1.1 and 2.0 (httpVersion as given; rjs
// refused 0.9 and 2.0) and refuses other well-formed versions with HPE_INVALID_VERSION at offset 8.
const http = require('http'); const net = require('net');
const versions = ['0.9', '1.0', '1.1', '2.0', '1.2', '3.0', '0.8', '2.1', '9.9'];
(async () => {
  for (const v of versions) {
    await new Promise((resolve) => {
      const server = net.createServer((c) => c.end(`HTTP/${v} 200 OK\r\nContent-Length: 2\r\n\r\nhi`));
      server.listen(0, '127.0.0.1', () => {
        const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
          let b = ''; res.on('data', (d) => { b += d; });
          res.on('end', () => { console.log(v, 'ok', res.httpVersion, res.httpVersionMajor, res.httpVersionMinor, b); server.close(); resolve(); });
        });
        req.on('error', (e) => { console.log(v, e.code, e.bytesParsed, e.reason); server.close(); resolve(); });
      });
    });
  }
})();
