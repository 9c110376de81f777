// end() on a socket that is not connected: 'finish' waits for a connection (node's _final defers
// while the socket is pending), so a never-connected socket does not finish; one that connects
// later sends its FIN then. A write on a socket never connected fails with ERR_SOCKET_CLOSED.
const net = require('net');
const idle = new net.Socket();
idle.end();
idle.on('finish', () => console.log('idle finish'));
idle.on('close', () => console.log('idle close'));
process.nextTick(() => console.log('idle tick', idle.destroyed, idle.writableFinished, idle.writableEnded, idle.readyState));

let serverSawEnd = false;
const server = net.createServer((c) => {
  c.on('data', (d) => console.log('server data', String(d)));
  c.on('end', () => { serverSawEnd = true; c.end(); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  console.log('idle later', idle.writableFinished);
  const w = new net.Socket();
  w.on('error', (e) => console.log('write before connect:', e.code, e.message));
  w.write('early');
  const s = new net.Socket();
  s.end();
  s.on('finish', () => console.log('late finish'));
  s.on('close', () => console.log('late close; server saw end:', serverSawEnd));
  s.resume();
  setTimeout(() => s.connect(server.address().port, '127.0.0.1'), 20);
});
