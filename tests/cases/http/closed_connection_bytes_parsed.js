// Data after a 'Connection: close' request: clientError HPE_CLOSED_CONNECTION with llhttp's bytesParsed
// (one byte into the next message).
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => { res.end('ok'); });
server.on('clientError', (err, sock) => { console.log('clientError', err.code, err.bytesParsed, JSON.stringify(String(err.rawPacket))); sock.destroy(); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n'));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('close', () => { console.log(got.split('\r\n')[0], got.length > 0); server.close(); });
});
