// listen(port, host) resolves the host (an IP address too) with dns.lookup first, as node: the server is not
// bound or listening right after the call, only from the next tick; without a host it binds at once.
// A connect to a path (no Unix sockets here) fails with node's ENOENT error shape.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1');
console.log('with host: sync', a.address(), a.listening);
process.nextTick(() => console.log('with host: tick', a.address() && a.address().family, a.listening));
const b = net.createServer();
b.listen(0);
console.log('no host: sync', b.listening, typeof b.address().port);
a.on('listening', () => {
  console.log('a listening');
  a.close();
  b.close();
  const c = net.connect('/nonexistent/sock');
  c.on('error', (e) => console.log(e.message, JSON.stringify(e), Object.keys(e)));
});
