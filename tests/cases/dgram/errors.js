// dgram errors: state (unbound, not connected, closed, already bound), argument types, and a
// bind to a port already in use.
const dgram = require('dgram');
const show = (what, fn) => {
  try { console.log(what, 'ok', fn()); } catch (e) { console.log(what, e.name, e.code, e.message, e.errno, e.syscall); }
};
show('bad type', () => dgram.createSocket('udp5'));
show('no type', () => dgram.createSocket({}));
show('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 1 }));
const s = dgram.createSocket('udp4');
show('address unbound', () => s.address());
show('remote unbound', () => s.remoteAddress());
show('ttl unbound', () => s.setTTL(4));
show('ttl type', () => s.setTTL('4'));
show('ttl range', () => s.setTTL(0));
show('broadcast unbound', () => s.setBroadcast(true));
show('disconnect', () => s.disconnect());
show('buffer size', () => s.setRecvBufferSize(-1));
show('buffer size unbound', () => s.getSendBufferSize());
show('send bad buffer', () => s.send(42, 1234));
show('send bad list', () => s.send([1], 1234));
show('send port 0', () => { try { s.send('x', 0); } catch (e) { return e.code; } });
show('send out of bounds', () => s.send(Buffer.alloc(4), 3, 2, 1234));
show('connect port', () => { try { s.connect(0); } catch (e) { return e.code; } });
show('connect address', () => s.connect(1234, 5));
show('membership', () => s.addMembership());
show('membership invalid', () => s.addMembership('256.256.256.256'));
s.bind(0, '127.0.0.1', () => {
  const { port } = s.address();
  show('bind again', () => s.bind());
  show('ttl', () => s.setTTL(64));
  const t = dgram.createSocket('udp4');
  t.on('error', (e) => {
    console.log('in use:', e.message.replace(String(port), 'PORT'), e.code, e.errno, e.syscall, e.address, e.port === port);
    t.close();
    s.close(() => {
      console.log('closed');
      show('send closed', () => s.send('x', 1234));
      show('address closed', () => s.address());
      show('close twice', () => s.close());
    });
  });
  t.bind(port, '127.0.0.1');
});
