// http client error handling learners write: a request timeout (req.setTimeout + destroy),
// a server that hangs up (socket hang up / ECONNRESET), and ECONNREFUSED on a closed port.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/slow') return setTimeout(() => res.end('late'), 300);
  if (req.url === '/hangup') return req.socket.destroy();
  res.end('ok');
});
server.listen(0, () => {
  const port = server.address().port;
  const req = http.get({ port, path: '/slow' }, (res) => console.log('unexpected response', res.statusCode));
  req.setTimeout(50, () => {
    console.log('timeout fired');
    req.destroy(new Error('Request timed out'));
  });
  req.on('error', (err) => {
    console.log('slow error:', err.message, err.code);
    http.get({ port, path: '/hangup' }).on('error', (err) => {
      console.log('hangup error:', err.message, err.code);
      const tmp = net.createServer().listen(0, () => {
        const closed = tmp.address().port;
        tmp.close(() => {
          http.get({ port: closed, host: '127.0.0.1' }).on('error', (err) => {
            console.log('refused:', err.message.replace(closed, 'PORT'), err.code, err.syscall, err.address, err.port === closed);
            server.close();
            server.closeAllConnections();
          });
        });
      });
    });
  });
});
