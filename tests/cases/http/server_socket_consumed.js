// The server's parser takes the connection's reads (node's parser.consume): a 'data' listener on
// the socket sees none of them; Host and Expect are found in any case, and only among the
// headers maxHeadersCount keeps.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  console.log('request', req.method, req.url, JSON.stringify(req.headers));
  res.end('ok');
});
server.on('connection', (socket) => {
  socket.on('data', (d) => console.log('socket data', d.length));
});
server.on('checkContinue', (req, res) => { console.log('checkContinue', req.headers.expect); res.writeContinue(); res.end('c'); });
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const send = (text) => new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.end(text));
    let out = '';
    c.on('data', (d) => { out += d; });
    c.on('close', () => { console.log(JSON.stringify(out.replace(/Date: [^\r]*\r\n/, '').split('\r\n')[0])); resolve(); });
  });
  await send('GET /a HTTP/1.1\r\nHOST: x\r\nConnection: close\r\n\r\n');
  await send('GET /b HTTP/1.1\r\nConnection: close\r\n\r\n');
  await send('POST /c HTTP/1.1\r\nhost: y\r\nEXPECT: 100-Continue\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  await send('GET /d HTTP/1.1\r\nhost: y\r\nExpect: nothing\r\nConnection: close\r\n\r\n');
  server.maxHeadersCount = 1;
  await send('GET /e HTTP/1.1\r\nConnection: close\r\nHost: z\r\n\r\n');
  await send('GET /f HTTP/1.1\r\nHost: z\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n');
  server.close();
});
