// Exact response bytes of the http server for common handlers (Date masked), read with a raw
// net client using `Connection: close`.
const http = require('http');
const net = require('net');

const handlers = {
  '/end': (req, res) => res.end('hello'),
  '/write': (req, res) => { res.write('a'); res.write(Buffer.from('bc')); res.end('def'); },
  '/empty': (req, res) => res.end(),
  '/obj': (req, res) => { res.writeHead(201, { 'Content-Type': 'text/plain', 'X-A': ['1', '2'] }); res.end('x'); },
  '/arr': (req, res) => { res.writeHead(200, ['A', '1', 'B', '2', 'A', '3']); res.end(); },
  '/mixed': (req, res) => { res.setHeader('X-Set', 'yes'); res.writeHead(202, 'Fine', { 'X-Head': 'h' }); res.end('m'); },
  '/status': (req, res) => { res.statusCode = 404; res.statusMessage = 'Nope'; res.end('no'); },
  '/204': (req, res) => { res.writeHead(204); res.end(); },
  '/304': (req, res) => { res.statusCode = 304; res.end(); },
  '/cookie': (req, res) => { res.setHeader('Set-Cookie', ['a=1', 'b=2']); res.end(); },
  '/append': (req, res) => { res.setHeader('X-L', 'a'); res.appendHeader('X-L', 'b'); res.appendHeader('x-l', ['c', 'd']); res.end(); },
  '/nodate': (req, res) => { res.sendDate = false; res.end('nd'); },
  '/trailers': (req, res) => { res.setHeader('Trailer', 'X-T'); res.write('body'); res.addTrailers({ 'X-T': 'tv' }); res.end(); },
  '/cl': (req, res) => { res.setHeader('Content-Length', 3); res.end('abc'); },
  '/buf': (req, res) => res.end(Buffer.from([0x41, 0x42, 0x43])),
  '/utf8': (req, res) => res.end('héllo ☃'),
  '/conn-close': (req, res) => { res.setHeader('Connection', 'close'); res.end('bye'); },
  '/no-cl': (req, res) => { res.removeHeader('Content-Length'); res.removeHeader('Transfer-Encoding'); res.write('raw'); res.end(); },
  '/flush': (req, res) => { res.flushHeaders(); res.end('later'); },
  '/hex': (req, res) => { res.write('6869', 'hex'); res.end(); },
};

const server = http.createServer((req, res) => {
  const h = handlers[req.url.split('?')[0]];
  if (h) h(req, res);
  else { res.statusCode = 500; res.end('unknown ' + req.url); }
});

function raw(port, text, until) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const chunks = [];
    c.on('data', (d) => {
      chunks.push(d);
      if (until && Buffer.concat(chunks).toString('latin1').endsWith(until)) c.end();
    });
    c.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    c.write(text);
  });
}

function show(s) {
  return JSON.stringify(s.replace(/Date: [^\r]*\r\n/, 'Date: <date>\r\n'));
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  for (const path of Object.keys(handlers)) {
    console.log(path, show(await raw(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)));
  }
  console.log('HEAD /end', show(await raw(port, 'HEAD /end HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log('HEAD /write', show(await raw(port, 'HEAD /write HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log('1.0 /end', show(await raw(port, 'GET /end HTTP/1.0\r\n\r\n')));
  console.log('1.0 /write', show(await raw(port, 'GET /write HTTP/1.0\r\n\r\n')));
  console.log('1.0 keep-alive /cl', show(await raw(port, 'GET /cl HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', 'abc')));
  console.log('no host', show(await raw(port, 'GET /end HTTP/1.1\r\n\r\n')));
  server.close(() => console.log('closed'));
});
