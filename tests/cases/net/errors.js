// net argument validation, EADDRINUSE, isIP, addresses and socket state.
const net = require('net');
for (const ip of ['127.0.0.1', '::1', '::ffff:1.2.3.4', '256.1.1.1', 'fe80::1%eth0', 'x', '', '1.2.3', '2001:db8::']) console.log(ip, net.isIP(ip), net.isIPv4(ip), net.isIPv6(ip));
for (const p of [-1, 65536, 1.5, {}]) {
  try { net.createServer().listen(p); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { net.connect({ port: 70000 }); } catch (e) { console.log(e.code, e.message); }
const s1 = net.createServer();
s1.listen(0, '127.0.0.1', () => {
  const { port, address, family } = s1.address();
  console.log('bound', address, family, typeof port, s1.listening);
  const s2 = net.createServer();
  s2.on('error', (e) => {
    console.log('second listen', e.code, e.syscall, e.message.replace(String(port), 'PORT'));
    const sock = new net.Socket();
    console.log('state', sock.readyState, sock.pending, sock.connecting, sock.remoteAddress);
    sock.connect(port, '127.0.0.1', () => {
      console.log('state', sock.readyState, sock.pending, sock.remoteAddress, sock.remotePort === port, sock.localAddress);
      sock.end();
    });
    sock.on('close', () => {
      s1.getConnections((err, n) => {
        console.log('connections', err, typeof n);
        s1.close(() => {
          console.log('closed', s1.listening, s1.address());
          s1.close((err2) => console.log('close again', err2.code, err2.message));
        });
      });
    });
  });
  s2.listen(port, '127.0.0.1');
});
