// The client's response parser reads the socket's chunks; a 'data' listener the user adds on the
// socket sees them too (node's client does not consume the socket), before or after the parser's.
const http = require('http');
const server = http.createServer((req, res) => res.end('body-' + req.url));
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  for (const path of ['/a', '/b', '/c']) {
    await new Promise((resolve) => {
      const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => { console.log(path, res.statusCode, body); resolve(); });
      });
      req.on('socket', (s) => {
        if (path === '/b') s.once('data', (d) => console.log('socket data has body', String(d).includes('body-/b')));
        if (path === '/c') s.prependOnceListener('data', (d) => console.log('first listener', d.length > 0));
      });
    });
  }
  agent.destroy();
  server.close();
});
