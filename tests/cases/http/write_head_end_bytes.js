// end(text) after writeHead(): the exact bytes on the wire and the order of 'finish', end()'s
// callback, 'close' and ticks, for chunked and sized bodies, multi-byte UTF-8 (the chunk size
// counts bytes), latin1, a latin1 header value (sent as latin1 beside a UTF-8 body), Buffer and
// Uint8Array bodies (small and past 64 KiB, chunked and sized), end() with no body (after
// writeHead, after write, with trailers, twice, with a response Expect header), a corked
// response, HEAD and HTTP/1.0 requests, and pipelined requests answered while queued.
const http = require('http');
const net = require('net');

const log = [];
const handlers = {
  '/chunked': (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('hello'); },
  '/sized': (req, res) => { res.writeHead(200, { 'Content-Length': '5' }); res.end('hello'); },
  '/utf8': (req, res) => { res.writeHead(200); res.end('h\u00e9llo \u20ac \u{1f600}'); },
  '/utf8-named': (req, res) => { res.writeHead(200); res.end('\u00e9t\u00e9', 'utf-8'); },
  '/latin1': (req, res) => { res.writeHead(200); res.end('caf\u00e9', 'latin1'); },
  '/latin1-header': (req, res) => { res.writeHead(200, { 'X-Name': 'Jos\u00e9' }); res.end('\u00e9'); },
  '/status-only': (req, res) => { res.statusCode = 201; res.writeHead(201, 'Made'); res.end('x'); },
  '/corked': (req, res) => { res.writeHead(200); res.cork(); res.end('corked'); },
  '/events': (req, res) => {
    res.writeHead(200);
    res.on('finish', () => log.push('finish'));
    res.on('close', () => log.push('close'));
    process.nextTick(() => log.push('tick before end'));
    res.end('ev', () => log.push('end callback'));
    log.push('end returned ' + res.writableEnded + ' ' + res.writableFinished);
    process.nextTick(() => log.push('tick after end'));
    Promise.resolve().then(() => log.push('microtask after end'));
  },
  '/buffer-chunked': (req, res) => { res.writeHead(200); res.end(Buffer.from([0x68, 0xe9, 0x00, 0xff, 0x0a])); },
  '/buffer-sized': (req, res) => { res.writeHead(200, { 'Content-Length': 3 }); res.end(new Uint8Array([0x41, 0xc3, 0xa9])); },
  '/buffer-latin1-header': (req, res) => { res.writeHead(200, { 'X-Name': 'Jos\u00e9' }); res.end(Buffer.from('\u00e9')); },
  '/big-chunked': (req, res) => { res.writeHead(200); res.end(Buffer.alloc(70000, 0x62)); },
  '/big-sized': (req, res) => { res.writeHead(200, { 'Content-Length': 70000 }); res.end(Buffer.alloc(70000, 0x63)); },
  '/redirect': (req, res) => { res.writeHead(302, { Location: '/there' }); res.end(); },
  '/not-found': (req, res) => { res.statusCode = 404; res.end(); },
  '/no-content': (req, res) => { res.writeHead(204); res.end(() => log.push('204 end callback')); },
  '/empty-string': (req, res) => { res.writeHead(200); res.end(''); },
  '/write-then-end': (req, res) => { res.write('a'); res.end(); },
  '/write-then-end-later': (req, res) => { res.write('a'); setImmediate(() => res.end('b')); },
  '/trailers': (req, res) => {
    res.writeHead(200, { Trailer: 'X-T' }); res.write('a'); res.addTrailers({ 'X-T': 'v' }); res.end();
  },
  '/expect-header': (req, res) => { res.setHeader('Expect', 'x'); res.end(); },
  '/end-twice': (req, res) => { res.writeHead(200); res.end(); res.end(() => log.push('second end callback')); },
  '/head': (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('no body for HEAD'); },
  '/strict': (req, res) => {
    res.strictContentLength = true;
    res.writeHead(200, { 'Content-Length': '2' });
    try { res.end('abc'); } catch (e) { log.push('strict ' + e.code); res.end('ab'); }
  },
};

const server = http.createServer((req, res) => {
  const h = handlers[req.url];
  if (h) h(req, res); else { res.writeHead(404); res.end(); }
});

function exchange(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const parts = [];
    c.on('data', (d) => parts.push(d));
    c.on('close', () => resolve(Buffer.concat(parts)));
    c.end(text);
  });
}
const show = (buf) => {
  const text = buf.toString('latin1').replace(/Date: [^\r]*\r\n/g, 'Date: <date>\r\n');
  if (text.length < 2000) return JSON.stringify(text);
  const head = text.slice(0, text.indexOf('\r\n\r\n') + 4);
  return JSON.stringify(head) + ' + ' + (text.length - head.length) + ' bytes, sha1 ' +
    require('crypto').createHash('sha1').update(buf.subarray(Buffer.byteLength(head, 'latin1'))).digest('hex');
};

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(handlers)) {
    if (path === '/head') continue;
    console.log(path, show(await exchange(port, `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)));
  }
  console.log('HEAD', show(await exchange(port, 'HEAD /head HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log('1.0', show(await exchange(port, 'GET /chunked HTTP/1.0\r\n\r\n')));
  console.log('pipelined', show(await exchange(port,
    'GET /chunked HTTP/1.1\r\nHost: x\r\n\r\nGET /utf8 HTTP/1.1\r\nHost: x\r\n\r\nGET /sized HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')));
  console.log(log.join(' | '));
  server.close();
});
