// The server rejects a request whose method can no longer match any known method as soon as the
// bad byte arrives (llhttp matches byte by byte), without waiting for the rest of the head:
// clientError HPE_INVALID_METHOD with bytesParsed at the bad byte; a valid partial method waits.
const http = require('http');
const net = require('net');

const inputs = [
  '*', 'GEX', 'INVALID', 'get', 'PROPFINDX', 'GE /', 'GEX / HTTP/1.1\r\n\r\n', 'get / HTTP/1.1\r\n\r\n', '\r\nPUX / HTTP/1.1\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: a\r\n\r\nXYZ', 'GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\n\r\n1\r\nINVALID',
  'M-SEARC', 'GET / HTTP/1.1\r\nHost: a\r\n\r\nPO',
];
let onError = null;
const server = http.createServer((req, res) => res.end());
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, err.bytesParsed, JSON.stringify(String(err.rawPacket)));
  socket.destroy();
  onError();
});

server.listen(0, async () => {
  for (const input of inputs) {
    await new Promise((resolve) => {
      console.log('input', JSON.stringify(input));
      onError = resolve;
      const c = net.connect(server.address().port, () => c.write(input));
      c.on('data', (d) => console.log('  reply', JSON.stringify(String(d).split('\r\n')[0])));
      // A valid prefix gets no error until the client gives up (EOF state error).
      const t = setTimeout(() => { console.log('  waiting'); c.end(); }, 200);
      c.on('close', () => clearTimeout(t));
    });
  }
  server.close();
});
