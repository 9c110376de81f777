// Expect: 100-continue on both sides: automatic 100 Continue, checkContinue, client 'continue'
// and 'information' events; 417 for other expectations.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
});

function send(port, path, headers, body) {
  return new Promise((resolve) => {
    const req = http.request({ port, path, method: 'POST', headers: { Expect: '100-continue', ...headers } });
    req.on('information', (info) => console.log('information', info.statusCode, info.statusMessage));
    req.on('continue', () => { console.log('continue'); req.end(body); });
    req.on('response', (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => { console.log('response', res.statusCode, d); resolve(); });
    });
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  console.log('-- automatic');
  await send(port, '/auto', { 'Content-Length': 5 }, 'hello');
  server.on('checkContinue', (req, res) => {
    console.log('checkContinue', req.url, req.headers.expect);
    if (req.url === '/deny') {
      res.writeHead(403);
      res.end('denied');
      return;
    }
    res.writeContinue();
    server.emit('request', req, res);
  });
  console.log('-- checkContinue');
  await send(port, '/check', { 'Content-Length': 3 }, 'abc');
  console.log('-- deny');
  await new Promise((resolve) => {
    const req = http.request({ port, path: '/deny', method: 'POST', headers: { Expect: '100-continue', 'Content-Length': 3 } });
    req.on('continue', () => console.log('unexpected continue'));
    req.on('response', (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => { console.log('response', res.statusCode, d, res.headers.connection); resolve(); });
    });
    req.on('error', (e) => console.log('error', e.code));
    req.flushHeaders();
  });
  console.log('-- other expectation');
  await new Promise((resolve) => {
    const req = http.request({ port, path: '/x', method: 'GET', headers: { Expect: 'something' } }, (res) => {
      console.log('response', res.statusCode, res.statusMessage);
      res.resume();
      res.on('end', resolve);
    });
    req.end();
  });
  server.close(() => console.log('closed'));
});
