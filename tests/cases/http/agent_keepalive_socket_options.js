// An Agent with keepAlive hands createConnection keepAlive: true and keepAliveInitialDelay =
// keepAliveMsecs (node turns TCP keep-alive probes on for its pooled sockets); without keepAlive
// neither is set.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', async () => {
  for (const opts of [{ keepAlive: true, keepAliveMsecs: 1234 }, { keepAlive: true }, {}]) {
    const agent = new http.Agent(opts);
    const create = agent.createConnection;
    agent.createConnection = (o, cb) => {
      console.log(JSON.stringify(opts), '->', o.keepAlive, o.keepAliveInitialDelay);
      return create.call(agent, o, cb);
    };
    await new Promise((resolve) => http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
      res.resume();
      res.on('end', () => { agent.destroy(); resolve(); });
    }));
  }
  server.close();
});
