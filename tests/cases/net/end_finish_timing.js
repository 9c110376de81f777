// socket.end(): libuv completes the shutdown asynchronously, so 'finish' and end()'s callback come after
// the ticks queued during the call, yet before this turn's immediates and timers, as node.
const net = require('net');
const srv = net.createServer((c) => {
  c.resume();
  c.on('end', () => console.log('srv end'));
  c.on('close', () => { console.log('srv close'); srv.close(); });
});
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    c.end('x', () => console.log('end cb', c.writableFinished));
    c.on('finish', () => console.log('finish'));
    console.log('sync after end', c.writableFinished, c.writableEnded);
    process.nextTick(() => console.log('tick'));
    Promise.resolve().then(() => console.log('microtask'));
    setImmediate(() => console.log('immediate'));
  });
  c.resume();
  c.on('end', () => console.log('c end'));
  c.on('close', () => console.log('c close'));
});
