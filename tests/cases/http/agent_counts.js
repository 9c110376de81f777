// Agent pooling: maxSockets queueing, keep-alive reuse (reusedSocket), 'free' events, totalSocketCount (free sockets stay counted until closed), destroy(), non-keepAlive agents.
const http = require('http');
const srv = http.createServer((req, res) => { setTimeout(() => res.end(req.url), 5); });
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const name = agent.getName({ host: '127.0.0.1', port });
  agent.on('free', (s, o) => console.log('free', o.host === '127.0.0.1', typeof o.port));
  const get = (p) => new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      let b = ''; res.on('data', (d) => b += d);
      res.on('end', () => { console.log('got', b, req.reusedSocket, res.headers.connection, res.headers['keep-alive']); resolve(); });
    });
    req.on('socket', (s) => console.log('socket for', p, Object.keys(agent.sockets).length, (agent.sockets[name] || []).length, (agent.requests[name] || []).length, agent.totalSocketCount));
  });
  await Promise.all([get('/1'), get('/2'), get('/3')]);
  await new Promise((r) => setImmediate(r));
  console.log('after', Object.keys(agent.sockets), (agent.freeSockets[name] || []).length, agent.totalSocketCount, JSON.stringify(Object.keys(agent.requests)));
  await get('/4');
  await new Promise((r) => setImmediate(r));
  console.log('free', (agent.freeSockets[name] || []).length);
  agent.destroy();
  await new Promise((r) => setTimeout(r, 20));
  console.log('destroyed', Object.keys(agent.freeSockets), agent.totalSocketCount);
  // agent without keepAlive: Connection: keep-alive? sockets closed after.
  const a2 = new http.Agent({ maxSockets: 1 });
  await new Promise((resolve) => http.get({ host: '127.0.0.1', port, agent: a2 }, (res) => { console.log('a2', res.headers.connection); res.resume(); res.on('end', resolve); }));
  await new Promise((r) => setTimeout(r, 20));
  console.log('a2 after', JSON.stringify(Object.keys(a2.sockets)), JSON.stringify(Object.keys(a2.freeSockets)), a2.totalSocketCount);
  // keepAlive agent with server that closes
  const a3 = new http.Agent({ keepAlive: true, timeout: 100 });
  await new Promise((resolve) => http.get({ host: '127.0.0.1', port, agent: a3, headers: { connection: 'close' } }, (res) => { console.log('a3', res.headers.connection); res.resume(); res.on('end', resolve); }));
  await new Promise((r) => setTimeout(r, 20));
  console.log('a3 after', JSON.stringify(Object.keys(a3.sockets)), JSON.stringify(Object.keys(a3.freeSockets)), a3.totalSocketCount);
  a3.destroy();
  srv.close(() => console.log('closed'));
});
