// Destroying things mid-flight: client req.destroy() before/after the response, res.destroy()
// on the server, a server error on listen (EADDRINUSE).
const http = require('http');

// Cross-socket ordering is the event loop's business: server-side events are printed per case,
// once the server saw the request's end (cases on /stream and /hang wait for it, not for a delay).
const serverLog = [];
let onHang = () => {};
let serverClosed = () => {};

function run(name, port, path, onResponse, onReq) {
  return new Promise((resolve) => {
    console.log(`-- ${name}`);
    const serverDone = path === '/stream' || path === '/hang' ? new Promise((r) => { serverClosed = r; }) : Promise.resolve();
    const req = http.get({ port, path, host: '127.0.0.1', agent: false });
    req.on('response', (res) => {
      console.log('response', res.statusCode);
      res.on('data', (d) => console.log('data', d.length));
      res.on('aborted', () => console.log('res aborted'));
      res.on('error', (e) => console.log('res error', e.code, e.message));
      res.on('end', () => console.log('res end'));
      res.on('close', () => console.log('res close'));
      if (onResponse) onResponse(req, res);
    });
    req.on('error', (e) => console.log('req error', e.code, e.message));
    req.on('close', () => {
      console.log('req close');
      serverDone.then(() => setTimeout(() => { for (const l of serverLog.splice(0)) console.log(l); resolve(); }, 100));
    });
    if (onReq) onReq(req);
  });
}

const server = http.createServer((req, res) => {
  if (req.url === '/stream') {
    res.write('first');
    // The client destroys on its first chunk: more body follows only long after (under load a
    // 10 ms interval sometimes had a second chunk read before the destroy).
    const t = setInterval(() => { if (!res.write('more')) {} }, 2000);
    res.on('close', () => { clearInterval(t); serverLog.push(`server res close ${res.writableEnded}`); serverClosed(); });
  } else if (req.url === '/server-destroy') {
    res.write('partial');
    setTimeout(() => res.destroy(), 20);
  } else if (req.url === '/hang') {
    res.on('close', () => { serverLog.push('server res close (hang)'); serverClosed(); });
    onHang();
  } else {
    res.end('ok');
  }
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await run('destroy before response', port, '/hang', null, (req) => { onHang = () => setTimeout(() => req.destroy(), 10); });
  await run('destroy with error', port, '/hang', null, (req) => { onHang = () => setTimeout(() => req.destroy(new Error('boom')), 10); });
  await run('destroy during body', port, '/stream', (req, res) => { res.once('data', () => setImmediate(() => req.destroy())); });
  await run('res.destroy on client', port, '/stream', (req, res) => { res.once('data', () => res.destroy()); });
  await run('server destroys', port, '/server-destroy');
  await run('abort immediately', port, '/ok', null, (req) => req.abort());
  const other = http.createServer();
  other.on('error', (e) => {
    console.log('listen error', e.code, e.syscall);
    server.close(() => console.log('closed'));
  });
  other.listen(port, '127.0.0.1');
});
