// server.maxRequestsPerSocket: Keep-Alive max=, Connection: close on the last allowed request,
// 503 + dropRequest beyond it.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end(`r ${req.url}`));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', (req) => console.log('dropRequest', req.url));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.on('data', (d) => { data += d; });
  c.on('close', () => {
    console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
    server.close(() => console.log('closed'));
  });
  c.write('GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\nGET /3 HTTP/1.1\r\nHost: a\r\n\r\n');
  setTimeout(() => c.end(), 200);
});
