// Request bodies streamed in (chunked, and with a Content-Length) and responses streamed out
// chunked with pauses between writes; trailers on the way back.
const http = require('http');
const { log, listening, delay } = require('../lib');

let seen = 0;
const server = http.createServer(async (req, res) => {
  let bytes = 0;
  const hash = require('crypto').createHash('sha1');
  for await (const chunk of req) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  log(req.method, req.url, 'te', req.headers['transfer-encoding'], 'cl', req.headers['content-length'],
    'bytes', bytes, 'sha1', hash.digest('hex'), 'trailers', req.trailers);
  if (req.url === '/trailers') {
    res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
    res.write('with ');
    res.addTrailers({ 'X-Checksum': 'abc123' });
    res.end('trailers');
  } else {
    res.setHeader('Content-Type', 'text/plain');
    for (let i = 0; i < 5; i++) {
      res.write(`part ${i};`);
      await delay(20);
    }
    res.write(Buffer.alloc(100000, 'b'));
    res.end('done');
  }
  if (++seen === 3) server.close(() => log('server closed'));
});
server.listen(0, '127.0.0.1', () => listening(server));
