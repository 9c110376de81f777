// A server listening without a host (dual stack in node) names its IPv4 connections with
// IPv4-mapped IPv6 addresses: the accepted socket's local and remote names, address(), and the
// 'drop' event's data once maxConnections is reached.
const net = require('net');
let first;
const server = net.createServer((s) => {
  first = s;
  const a = s.address();
  console.log('local', s.localAddress, s.localFamily, 'remote', s.remoteAddress, s.remoteFamily, a.address, a.family, a.port === server.address().port);
});
server.maxConnections = 1;
server.on('drop', (data) => {
  const { port } = server.address();
  console.log('drop', Object.keys(data), data.localAddress, data.localFamily, data.localPort === port, data.remoteAddress, data.remoteFamily, typeof data.remotePort);
  first.destroy();
  server.close();
});
server.listen(0, () => {
  const { port } = server.address();
  net.connect(port, '127.0.0.1').on('error', () => {}).on('connect', () => {
    net.connect(port, '127.0.0.1').on('error', () => {});
  });
});
