// Agent pooling: maxSockets queues requests and reuses kept-alive sockets; concurrent requests
// through the global agent; agent bookkeeping after completion.
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(`r${req.url}`), 5);
});
server.on('connection', () => { connections++; });

function get(port, path, agent) {
  return new Promise((resolve, reject) => {
    const req = http.get({ port, path, agent, host: '127.0.0.1' }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(`${d}:${req.reusedSocket}`));
    });
    req.on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const results = await Promise.all([1, 2, 3, 4, 5].map((i) => get(port, `/${i}`, agent)));
  console.log(results.map((r) => r.split(':')[0]).join(' '), 'reused', results.filter((r) => r.endsWith('true')).length);
  console.log('connections', connections);
  await new Promise((r) => setImmediate(r));
  const name = Object.keys(agent.freeSockets)[0];
  console.log('free', name && name.replace(String(port), 'PORT'), name && agent.freeSockets[name].length, 'busy', Object.keys(agent.sockets).length, 'queued', Object.keys(agent.requests).length);
  agent.destroy();

  connections = 0;
  const noKeep = new http.Agent({ keepAlive: false, maxSockets: 1 });
  const r2 = await Promise.all([1, 2, 3].map((i) => get(port, `/n${i}`, noKeep)));
  console.log(r2.join(' '), 'connections', connections);

  connections = 0;
  const r3 = await Promise.all([1, 2, 3].map((i) => get(port, `/g${i}`)));
  console.log(r3.map((r) => r.split(':')[0]).join(' '), 'connections', connections);
  server.close(() => console.log('closed'));
});
