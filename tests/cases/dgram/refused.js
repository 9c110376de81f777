// Datagrams to a port nobody listens on: an unconnected socket hears nothing back, a connected
// one gets the ICMP refusal as a 'recvmsg ECONNREFUSED' error (as node on Linux) and stays usable.
const dgram = require('dgram');
const probe = dgram.createSocket('udp4').bind(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const s = dgram.createSocket('udp4');
    s.on('error', (e) => console.log('unconnected error', e.code));
    s.bind(0, '127.0.0.1', () => {
      s.send('x', port, '127.0.0.1', (e, n) => console.log('sent', e, n));
      setTimeout(() => {
        const c = dgram.createSocket('udp4');
        c.on('error', (e) => console.log('connected error', e.code, e.syscall, e.message));
        c.connect(port, '127.0.0.1', () => {
          c.send('y', (e, n) => console.log('connected sent', e, n));
          setTimeout(() => {
            c.send('z', (e, n) => console.log('sent again', e, n));
            setTimeout(() => { c.close(); s.close(); }, 100);
          }, 100);
        });
      }, 100);
    });
  });
});
