// @cli: --max-http-header-size=100 max_header_size_flag.js
// --max-http-header-size sets http.maxHeaderSize and the servers' default limit: a request head
// over it is answered 431.
const http = require('http');
const net = require('net');
console.log('maxHeaderSize', http.maxHeaderSize, process.execArgv);
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.write(`GET / HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(200)}\r\n\r\n`);
  });
  let data = '';
  c.on('data', (d) => { data += d; });
  c.on('close', () => { console.log(data.split('\r\n')[0]); server.close(); });
});
