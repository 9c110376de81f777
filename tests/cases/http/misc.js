// Streams interop (pipe/pipeline into a response, async iteration of a request), chaining,
// upgrade, auth/host headers, the server-side view of a client that disconnects mid-body.
const http = require('http');
const net = require('net');
const { Readable, pipeline } = require('stream');

// The disconnecting client waits for the server to have read its partial body, and the test goes
// on once the server has closed that request (no fixed delays: a loaded machine stays in step).
const abortSteps = { gotData: () => {}, closed: () => {} };

const server = http.createServer(async (req, res) => {
  if (req.url === '/pipe') {
    Readable.from(['a', 'b', 'c']).pipe(res);
    res.on('finish', () => console.log('pipe finish'));
  } else if (req.url === '/pipeline') {
    pipeline(Readable.from([Buffer.from('x'), Buffer.from('y')]), res, (err) => console.log('pipeline done', err));
  } else if (req.url === '/iterate') {
    const parts = [];
    for await (const chunk of req) parts.push(chunk.toString());
    res.writeHead(200, { 'X-Parts': String(parts.length > 0) }).end(parts.join(''));
  } else if (req.url === '/headers') {
    res.end(JSON.stringify({ host: req.headers.host.replace(/:\d+$/, ':PORT'), auth: req.headers.authorization, x: req.headers['x-arr'], raw: req.rawHeaders.filter((h, i) => i % 2 === 0) }));
  } else if (req.url === '/abort') {
    req.on('data', (d) => { console.log('server got data', d.length); abortSteps.gotData(); });
    req.on('aborted', () => console.log('server req aborted'));
    req.on('error', (e) => console.log('server req error', e.code, e.message));
    req.on('close', () => { console.log('server req close', req.complete); setTimeout(abortSteps.closed, 20); });
    res.on('close', () => console.log('server res close', res.writableEnded, res.writableFinished));
  } else if (req.url === '/props') {
    console.log('props', req.socket === req.connection, res.socket === req.socket, typeof req.socket.remoteAddress, res.headersSent, res.writableEnded, res.writableFinished, res.finished, res.statusCode, res.sendDate);
    res.setHeader('X-A', 'a');
    res.setHeader('x-b', ['1', '2']);
    console.log(JSON.stringify(res.getHeaders()), res.getHeaderNames(), res.hasHeader('X-A'), res.getHeader('X-B'));
    res.removeHeader('x-a');
    console.log(res.getHeaderNames(), res.hasHeader('x-a'));
    res.write('w');
    console.log('after write', res.headersSent, res.writableEnded);
    res.end(() => console.log('end cb', res.writableFinished));
    console.log('after end', res.writableEnded, res.finished);
  } else {
    res.end('?');
  }
});
server.on('upgrade', (req, socket, head) => {
  console.log('upgrade', req.headers.upgrade, head.toString());
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
  socket.on('end', () => socket.end());
});

function fetchText(opts, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', ...opts }, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve(`${res.statusCode} ${res.headers['x-parts'] || ''} ${res.headers['transfer-encoding'] || res.headers['content-length']} ${d}`));
    });
    if (body) req.write(body);
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log('listening', server.listening);
  console.log(await fetchText({ port, path: '/pipe' }));
  console.log(await fetchText({ port, path: '/pipeline' }));
  console.log(await fetchText({ port, path: '/iterate', method: 'POST' }, 'body-data'));
  console.log(await fetchText({ port, path: '/headers', auth: 'user:pw', headers: { 'X-Arr': ['1', '2'] } }));
  console.log(await fetchText({ port, path: '/props' }));
  // Upgrade.
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('upgrade', (res, socket, head) => {
      console.log('client upgrade', res.statusCode, res.headers.upgrade, head.length);
      socket.on('data', (d) => { console.log('echoed', d.toString()); socket.end(); });
      socket.on('close', resolve);
      socket.write('shout');
    });
    req.end('early');
  });
  // A client that disconnects mid-body.
  await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    abortSteps.gotData = () => c.destroy();
    abortSteps.closed = resolve;
    c.write('POST /abort HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\npartial');
  });
  server.close(() => console.log('closed'));
});
