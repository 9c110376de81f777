// What fetch sends (method, headers, body) and answers it reads: JSON, text, a streamed
// chunked body, redirects, a slow body for AbortSignal, a server that never answers.
const http = require('http');
const { log, listening, delay } = require('../lib');

const server = http.createServer(async (req, res) => {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const body = Buffer.concat(chunks).toString();
  const h = { ...req.headers };
  log(req.method, req.url, 'headers', h, 'body', JSON.stringify(body.slice(0, 60)), body.length);
  switch (req.url) {
    case '/json':
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Reply': 'yes', 'Set-Cookie': ['a=1', 'b=2'] });
      res.end(JSON.stringify({ method: req.method, body }));
      break;
    case '/stream':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      for (let i = 0; i < 5; i++) { res.write(`line ${i}\n`); await delay(30); }
      res.end();
      break;
    case '/redirect':
      res.writeHead(302, { Location: '/json' });
      res.end();
      break;
    case '/slow-body':
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('first part;');
      await delay(1500);
      if (!res.destroyed) res.end('too late');
      break;
    case '/never':
      await delay(1500);
      if (!res.destroyed) res.end('too late');
      break;
    case '/last':
      res.end('bye');
      server.close(() => log('server closed'));
      break;
    default:
      res.writeHead(404, 'Nope');
      res.end('not here');
  }
});
// (Which connection undici uses, and whether it opens a spare one, depends on timing: not shown.)
server.listen(0, '127.0.0.1', () => listening(server));
