// An Agent with keepAlive and maxSockets 1: sequential requests reuse the socket
// (req.reusedSocket), parallel ones queue on it; the agent's bookkeeping; agent.destroy();
// then Connection: close requests with agent: false.
const http = require('http');
const { log, port } = require('../lib');

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const name = `127.0.0.1:${port}:`;

function get(path, options = {}) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent, ...options }, (res) => {
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        log(path, res.statusCode, JSON.stringify(data), 'reused', req.reusedSocket, 'connection', res.headers.connection);
        resolve();
      });
    });
    req.on('error', (e) => { log(path, 'error', e.code); resolve(); });
  });
}

(async () => {
  await get('/a');
  await new Promise((r) => setImmediate(r));
  log('free sockets', (agent.freeSockets[name] || []).length, 'busy', (agent.sockets[name] || []).length);
  await get('/b');
  await get('/c');
  await Promise.all([get('/p1'), get('/p2'), get('/p3')]);
  log('queued requests left', Object.keys(agent.requests).length);
  agent.destroy();
  await get('/after-destroy');
  agent.destroy();
  await get('/close-1', { agent: false, headers: { Connection: 'close' } });
  await get('/close-2', { agent: false, headers: { Connection: 'close' } });
})();
