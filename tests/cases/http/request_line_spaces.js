// Request lines with several spaces before or after the url are accepted as llhttp does (also
// pipelined after a body); a tab after the method is HPE_INVALID_METHOD 'Expected space after method'.
const http = require('http');
const net = require('net');
const inputs = ['GET  / HTTP/1.1\r\nHost: a\r\n\r\n', 'GET   /x?y HTTP/1.1\r\nHost: a\r\n\r\n', 'GET /  HTTP/1.1\r\nHost: a\r\n\r\n', 'GET\t/ HTTP/1.1\r\nHost: a\r\n\r\n', 'GET  / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nabGET  /2 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n'];
const server = http.createServer((req, res) => { let b = ''; req.on('data', (d) => { b += d; }); req.on('end', () => { console.log('  request', req.method, JSON.stringify(req.url), JSON.stringify(b)); res.end('x'); }); });
server.on('clientError', (err, socket) => { console.log('  clientError', err.code, err.reason, err.bytesParsed); socket.destroy(); });
server.listen(0, async () => {
  for (const inp of inputs) {
    console.log(JSON.stringify(inp.split('\r\n')[0]));
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.write(inp));
      c.on('data', (d) => console.log('  reply', JSON.stringify(String(d).split('\r\n')[0])));
      const t = setTimeout(() => { c.destroy(); }, 300);
      c.on('close', () => { clearTimeout(t); resolve(); });
    });
  }
  server.close();
});
