// A socket given an AbortSignal (net.connect or new net.Socket), aborted before it is made, right
// after, or once connected: an AbortError then 'close' (a signal aborted beforehand destroys the
// socket inside its constructor; rjs threw a TypeError there). A socket that never had a handle
// emits a bare 'close' on the next tick, one that connected or tried to 'close' with hadError.
const net = require('net');
const server = net.createServer((c) => { c.on('error', () => {}); c.resume(); });
function run(mode, port) {
  return new Promise((resolve) => {
    const ac = new AbortController();
    if (mode.includes('pre')) ac.abort();
    const opts = { port, host: '127.0.0.1', signal: ac.signal };
    const socket = mode.startsWith('ctor') ? new net.Socket(opts) : net.connect(opts);
    const log = [];
    console.log(mode, 'created: destroyed', socket.destroyed, 'connecting', socket.connecting);
    socket.on('error', (e) => log.push(`error ${e.name} ${e.code} ${e.message}`));
    socket.once('close', (...args) => {
      log.push(`close(${args.join()})`);
      console.log(mode, log.join(', '));
      socket.destroy();
      resolve();
    });
    if (mode.includes('post')) ac.abort();
    if (mode === 'later') socket.on('connect', () => { log.push('connect'); ac.abort(); });
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const mode of ['pre', 'post', 'later', 'ctor-pre', 'ctor-post']) await run(mode, server.address().port);
  server.close();
});

const plain = new net.Socket();
plain.on('close', (...args) => console.log('never connected: close(%s)', args.join()));
setImmediate(() => console.log('immediate'));
plain.destroy();
process.nextTick(() => console.log('tick after destroy'));
