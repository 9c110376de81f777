// A destroyed socket's 'close' comes in the loop's close phase: after the immediates queued in
// the same turn (before those they queue), the sockets closed last first (libuv's closing
// handles are a stack), each with the async context its destroy() ran in.
const net = require('net');
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
const server = net.createServer((s) => {
  s.on('close', () => console.log('server side close', als.getStore()));
  s.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const a = net.connect(server.address().port, '127.0.0.1');
  const b = net.connect(server.address().port, '127.0.0.1');
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  const go = () => {
    if (++n < 3) return;
    setTimeout(() => {
      a.on('close', (e) => console.log('a close', e, als.getStore()));
      b.on('close', (e) => { console.log('b close', e, als.getStore()); process.nextTick(() => console.log('tick in b close')); });
      c.on('close', (e) => console.log('c close', e, als.getStore()));
      als.run('A', () => a.destroy());
      setImmediate(() => console.log('immediate 1'));
      als.run('B', () => b.destroy());
      process.nextTick(() => console.log('tick'));
      setImmediate(() => {
        console.log('immediate 2');
        setImmediate(() => console.log('immediate 3'));
        als.run('C', () => c.destroy(new Error('boom')));
      });
      c.on('error', (e) => console.log('c error', e.message));
      setTimeout(() => server.close(() => console.log('server closed')), 50);
    }, 30);
  };
  a.on('connect', go); b.on('connect', go); c.on('connect', go);
});
