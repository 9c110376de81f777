// A TCP echo server with a client: line protocol, setEncoding, write callbacks, half-close
// (allowHalfOpen false), server.getConnections, and close order.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: client connected', sock.remoteAddress === '127.0.0.1' || sock.remoteAddress === '::ffff:127.0.0.1');
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    for (const line of d.split('\n').filter(Boolean)) sock.write('echo: ' + line + '\n');
  });
  sock.on('end', () => {
    console.log('server: client ended');
    server.getConnections((err, n) => console.log('connections', err, n));
  });
  sock.on('close', () => {
    console.log('server: socket closed');
    server.close(() => console.log('server closed'));
  });
});
server.on('listening', () => console.log('listening', typeof server.address().port));
server.listen(0, '127.0.0.1', () => {
  const client = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  client.setEncoding('utf8');
  let buf = '';
  let sent = 0;
  const msgs = ['hello', 'world', 'bye'];
  client.on('connect', () => {
    console.log('client: connected', client.remotePort === server.address().port);
    const next = () => {
      if (sent < msgs.length) client.write(msgs[sent++] + '\n', next);
    };
    next();
  });
  client.on('data', (d) => {
    buf += d;
    if (buf.split('\n').length > msgs.length) {
      console.log(buf.trim().split('\n'));
      client.end();
    }
  });
  client.on('end', () => console.log('client: got end'));
  client.on('close', (e) => console.log('client: closed', e, client.destroyed));
});
