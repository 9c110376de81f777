// undici's errors as node shows them: a SocketError ('other side closed') is an UndiciError with
// its registered symbols and the socket's addresses and counters, made in undici's socket 'end'
// listener; a body cut short fails with TypeError('terminated') from undici's terminate; the causes
// of a bad port and of an unparsable url show undici's fetch frames, then the caller's.
import http from 'node:http';
const server = http.createServer((req, res) => {
  if (req.url === '/half') {
    res.writeHead(200, { 'content-length': 10 });
    res.write('abc');
    setTimeout(() => res.destroy(), 20);
    return;
  }
  res.destroy();
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
// (The caller's frames are left out: node's continue with its async callers, which rjs does not track.)
const mine = (stack) => stack.split('\n').filter((l) => !l.includes('socket_error_shapes') && !l.includes('task_queues:95:5')).join('\n');
try {
  await fetch(`http://127.0.0.1:${port}/`);
} catch (e) {
  const c = e.cause;
  console.log(e.message, c.name, c.code, c.message, Object.keys(c), Object.getOwnPropertySymbols(c).map(String), c instanceof Error);
  console.log(Object.keys(c.socket), c.socket.localAddress, c.socket.remoteAddress, c.socket.remotePort === port, c.socket.remoteFamily, c.socket.bytesRead);
  console.log(mine(c.stack));
}
try {
  const r = await fetch(`http://127.0.0.1:${port}/half`);
  await r.text();
} catch (e) {
  console.log(mine(e.stack));
  console.log(mine(e.cause.stack), e.cause.code);
}
try {
  await fetch('http://127.0.0.1:1/');
} catch (e) {
  console.log(e.message, mine(e.cause.stack));
}
try {
  await fetch('not a url');
} catch (e) {
  console.log(e.message, mine(e.cause.stack));
}
server.close();
