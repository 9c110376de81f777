// Keep-alive and pipelining: two requests written at once on one connection are answered in
// order even when the first response is slower; event order on server objects.
const http = require('http');
const net = require('net');

const log = [];
const server = http.createServer((req, res) => {
  log.push(`request ${req.method} ${req.url} complete=${req.complete}`);
  res.on('finish', () => log.push(`res finish ${req.url}`));
  res.on('close', () => log.push(`res close ${req.url}`));
  req.on('end', () => log.push(`req end ${req.url}`));
  req.on('close', () => log.push(`req close ${req.url}`));
  if (req.url === '/slow') setTimeout(() => res.end('slow body'), 30);
  else res.end(`fast ${req.url}`);
});
server.on('connection', () => log.push('connection'));

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.on('end', () => log.push('client end'));
  c.on('close', () => {
    console.log(JSON.stringify(data.replace(/Date: [^\r]*\r\n/g, '')));
    for (const l of log) console.log(l);
    server.close(() => console.log('server closed'));
  });
  c.write('GET /slow HTTP/1.1\r\nHost: a\r\n\r\nGET /fast HTTP/1.1\r\nHost: a\r\n\r\n' +
    'POST /post HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhelloGET /last HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n');
});
