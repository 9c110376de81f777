// A server on the IPv6 loopback address ('::1') listens and takes IPv6 clients.
const net = require('net');
const server = net.createServer((s) => { s.end('hi'); });
server.on('error', (e) => { console.log('error', e.code); });
server.listen(0, '::1', () => {
  const { address, family } = server.address();
  console.log('listening', address, family);
  const c = net.connect(server.address().port, '::1', () => console.log('connected', c.remoteAddress, c.remoteFamily));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('got', d));
  c.on('close', () => server.close(() => console.log('closed')));
});
