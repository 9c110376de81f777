// net.Server options are validated as node's (highWaterMark/keepAliveInitialDelay numbers, negatives reset,
// the default highWaterMark follows stream.setDefaultHighWaterMark); a server closed by an already aborted
// signal never emits 'listening'; connect() again on a connected socket makes no new connection (libuv keeps
// the handle) and 'connect' fires again.
const net = require('net');
const stream = require('stream');
for (const o of [{ highWaterMark: -5 }, { keepAliveInitialDelay: -1 }, { keepAliveInitialDelay: 1500 }, { highWaterMark: 'x' }, { keepAliveInitialDelay: '1' }]) {
  try { const s = net.createServer(o); console.log(JSON.stringify(o), s.highWaterMark, s.keepAliveInitialDelay); } catch (e) { console.log(e.code, e.message); }
}
stream.setDefaultHighWaterMark(false, 1000);
console.log('default hwm', net.createServer().highWaterMark, net.createServer({ highWaterMark: -1 }).highWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
const pre = net.createServer();
pre.on('listening', () => console.log('listening?!'));
pre.on('close', () => {
  console.log('pre-aborted server closed', pre.listening);
  let conns = 0;
  const s = net.createServer((c) => { conns++; c.end(); }).listen(0, '127.0.0.1', () => {
    const c = net.connect(s.address().port, '127.0.0.1', () => {
      console.log('connected');
      c.connect(s.address().port, '127.0.0.1', () => console.log('connected again', c.remoteAddress));
      console.log('after connect()', c.connecting, c.readyState);
    });
    c.on('error', (e) => console.log('error', e.code));
    c.resume();
    c.on('close', () => { console.log('close, server connections:', conns); s.close(); });
  });
});
pre.listen({ port: 0, host: '127.0.0.1', signal: AbortSignal.abort() });
