// highWaterMark options: a server passes its own to the sockets it accepts; connect and Socket take theirs.
const net = require('net');
const s = net.createServer({ highWaterMark: 1024 }, (c) => { console.log('server sock hwm', c.readableHighWaterMark, c.writableHighWaterMark); c.end(); s.close(); });
s.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: s.address().port, host: '127.0.0.1', highWaterMark: 2048 });
  console.log('client hwm', c.readableHighWaterMark, c.writableHighWaterMark);
  const d = new net.Socket({ readableHighWaterMark: 10, writableHighWaterMark: 20 });
  console.log('split hwm', d.readableHighWaterMark, d.writableHighWaterMark);
  c.resume();
});
