// Server keepAliveTimeout, server.setTimeout, headersTimeout (408), client request timeouts,
// closeAllConnections / closeIdleConnections.
const http = require('http');
const net = require('net');

function step(name) { console.log(`-- ${name}`); }

async function keepAliveTimeout() {
  step('keepAliveTimeout');
  const server = http.createServer((req, res) => res.end('x'));
  server.keepAliveTimeout = 100;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('end', () => console.log('client end after response', /timeout=0/.test(data), data.endsWith('x')));
    c.on('close', resolve);
    c.write('GET / HTTP/1.1\r\nHost: a\r\n\r\n');
  });
  await new Promise((r) => server.close(r));
}

async function serverTimeout() {
  step('server.setTimeout');
  const server = http.createServer((req, res) => { console.log('request, not answering'); });
  server.setTimeout(80, (socket) => { console.log('server timeout', socket instanceof net.Socket); socket.destroy(); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1' });
    req.on('error', (e) => console.log('client error', e.code, e.message));
    req.on('close', resolve);
  });
  await new Promise((r) => server.close(r));
}

async function headersTimeout() {
  step('headersTimeout');
  const server = http.createServer({ headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 30 }, (req, res) => res.end());
  console.log(server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.timeout, server.maxHeadersCount);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('close', () => { console.log(JSON.stringify(data)); resolve(); });
    c.write('GET / HTTP/1.1\r\nHost: a\r\n');
  });
  await new Promise((r) => server.close(r));
}

async function clientTimeout() {
  step('client timeout');
  const server = http.createServer((req, res) => { setTimeout(() => res.end('late'), 300); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  await new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', timeout: 50 });
    req.on('timeout', () => { console.log('req timeout'); req.destroy(); });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('req close'); resolve(); });
  });
  await new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1' });
    req.setTimeout(50, () => { console.log('setTimeout cb'); req.abort(); });
    req.on('abort', () => console.log('abort event'));
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => { console.log('req close', req.aborted, req.destroyed); resolve(); });
  });
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
}

async function closeConnections() {
  step('closeAllConnections / closeIdleConnections');
  let pending;
  const server = http.createServer((req, res) => {
    if (req.url === '/hang') { pending = res; console.log('hanging'); return; }
    res.end('ok');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  await new Promise((resolve) => http.get({ port, host: '127.0.0.1', agent }, (res) => { res.resume(); res.on('end', resolve); }));
  const hang = new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/hang', agent: false });
    req.on('error', (e) => console.log('hang error', e.code, e.message));
    req.on('close', resolve);
  });
  await new Promise((r) => setTimeout(r, 50));
  server.closeIdleConnections();
  await new Promise((r) => setTimeout(r, 20));
  console.log('after idle close: pending finished?', pending.writableEnded, 'agent free', Object.keys(agent.freeSockets).length);
  const resClosed = new Promise((r) => pending.on('close', r));
  server.closeAllConnections();
  await hang;
  await resClosed;
  console.log('res closed', pending.destroyed, pending.writableEnded);
  await new Promise((r) => server.close(r));
  console.log('closed');
}

(async () => {
  await keepAliveTimeout();
  await serverTimeout();
  await headersTimeout();
  await clientTimeout();
  await closeConnections();
})();
