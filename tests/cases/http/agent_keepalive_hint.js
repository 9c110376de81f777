// A keep-alive agent reads the server's `Keep-Alive: timeout=N` hint as node 20: the free socket's timeout is
// a second less than the hint when that is below the agent's timeout, and a hint of 1 s or less means the socket
// is not kept (destroyed, not reused). socket.timeout shows the timeout set.
const http = require('http');
const run = (kat, agentTimeout) => new Promise((resolve) => {
  const server = http.createServer((req, res) => res.end('ok'));
  server.keepAliveTimeout = kat;
  server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true, timeout: agentTimeout });
    const port = server.address().port;
    const r1 = http.get({ port, host: '127.0.0.1', agent }, (res) => {
      console.log(kat, agentTimeout, 'hint', res.headers['keep-alive']);
      res.resume();
      res.on('end', () => setImmediate(() => {
        const s = r1.socket;
        console.log('  free', Object.keys(agent.freeSockets).length, 'timeout', s.timeout, s.destroyed);
        const r2 = http.get({ port, host: '127.0.0.1', agent }, (res2) => {
          console.log('  reused', r2.reusedSocket);
          res2.resume();
          res2.on('end', () => { agent.destroy(); server.close(); resolve(); });
        });
      }));
    });
  });
});
(async () => {
  await run(1500, undefined);
  await run(2500, undefined);
  await run(5000, 10000);
  await run(5000, 2000);
  await run(0, 3000);
})();
