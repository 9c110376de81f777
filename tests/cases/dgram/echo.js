// UDP echo between two dgram sockets: send overloads (string, buffer slice, buffer list, typed
// array, an address by name), rinfo, callbacks and the order of 'listening', 'message',
// 'connect' and 'close'. Each datagram goes out once the previous echo is back.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  console.log('server got', JSON.stringify(msg.toString()), rinfo.family, rinfo.address, rinfo.size, typeof rinfo.port);
  server.send(['echo:', msg], rinfo.port, rinfo.address);
});
server.on('listening', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, port > 0);
  const sends = [
    () => client.send('hello', port, '127.0.0.1', (err, bytes) => console.log('send cb', err, bytes)),
    () => client.send(Buffer.from('xxsliceyy'), 2, 5, port, 'localhost'),
    () => client.send([Buffer.from('li'), 'st'], port),
    () => client.send(new Uint8Array([108, 97, 115, 116]), port, (err, bytes) => console.log('typed cb', err, bytes)),
    () => client.connect(port, '127.0.0.1', onConnect),
  ];
  const client = dgram.createSocket({ type: 'udp4' }, (msg) => {
    console.log('client got', JSON.stringify(msg.toString()));
    if (sends.length > 0) sends.shift()();
    if (msg.toString() === 'echo:connected') {
      client.disconnect();
      try { client.remoteAddress(); } catch (e) { console.log('after disconnect', e.code); }
      client.close(() => { console.log('client close cb'); server.close(); });
    }
  });
  client.on('listening', () => console.log('client listening', client.address().address));
  sends.shift()();
  function onConnect() {
    const r = client.remoteAddress();
    console.log('connected', r.address, r.family, r.port === port);
    client.send('connected', (err, n) => console.log('connected send cb', err, n));
  }
  process.nextTick(() => console.log('tick after send'));
});
server.on('close', () => console.log('server close'));
server.bind(0, '127.0.0.1', () => console.log('bind cb'));
console.log('sync end');
