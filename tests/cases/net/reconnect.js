// A closed net.Socket connecting again (node starts it over: counters, addresses, state);
// remote/local addresses of a closed socket are those looked at while it was open; the
// legacy `_connecting` getter.
'use strict';
const net = require('net');
let n = 0;
const srv = net.createServer((s) => {
  if (n === 0) console.log('server sees remote family', s.remoteFamily);
  s.end('hello' + n);
  s.resume();
});
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect(port, '127.0.0.1');
  console.log('connecting', c.connecting, c._connecting, c.remotePort, c.localAddress);
  c.setEncoding('utf8');
  c.on('connect', () => {
    console.log('connect', n, c.connecting, c._connecting, c.destroyed, c.readable, c.writable, c.readyState);
    if (n === 0) console.log('remote', c.remoteAddress, c.remotePort === port, c.remoteFamily);
    c.end('abc');
  });
  c.on('data', (d) => console.log('data', d));
  c.on('end', () => console.log('end'));
  c.on('finish', () => console.log('finish'));
  c.on('close', (hadError) => {
    console.log('close', hadError, c.bytesRead, c.bytesWritten, c.destroyed, c.readable, c.writable, c.readyState);
    console.log('after close', c.remoteAddress, c.remotePort === port, typeof c.localPort);
    if (++n < 3) {
      const r = c.connect(port, '127.0.0.1');
      console.log('reconnect', r === c, c.connecting, c.destroyed, c.bytesRead, c.bytesWritten);
    } else srv.close(() => console.log('server closed'));
  });
});
