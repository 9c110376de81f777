// socket.bufferSize and _handle while connecting: node makes the handle when connect() starts, so
// bufferSize is a number (not undefined) from then until the socket is destroyed.
const net = require('net');
const s = new net.Socket();
console.log('new', s.bufferSize, s._handle === null, s.pending, s.readyState);
const server = net.createServer((c) => c.resume()).listen(0, () => {
  const c = net.connect(server.address().port, 'localhost');
  console.log('connecting', c.bufferSize, c._handle !== null, c.pending, c.readyState, c.connecting);
  c.write('abc');
  console.log('after write', c.bufferSize, c.writableLength);
  c.on('connect', () => {
    console.log('connected', c.bufferSize, c._handle !== null, c.pending, c.readyState);
    c.end();
  });
  c.on('close', () => {
    console.log('closed', c.bufferSize, c._handle, c.pending, c.readyState);
    const bad = net.connect(1, '127.0.0.1');
    console.log('bad connecting', bad.bufferSize);
    bad.on('error', (e) => console.log('error', e.code, bad.bufferSize, bad._handle));
    bad.on('close', () => { console.log('bad closed', bad.bufferSize); server.close(); });
  });
});
