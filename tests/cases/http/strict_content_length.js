// res.strictContentLength: ERR_HTTP_CONTENT_LENGTH_MISMATCH from write/end when the body does not add up to Content-Length; nothing is sent.
const http = require('http');
const net = require('net');
const cases = [
  (res) => { res.setHeader('Content-Length', 2); res.end('abc'); },
  (res) => { res.setHeader('Content-Length', 4); res.write('ab'); res.write('cde'); },
  (res) => { res.setHeader('Content-Length', 4); res.write('ab'); res.end(); },
  (res) => { res.setHeader('Content-Length', 4); res.write('ab'); res.end('cd'); },
  (res) => { res.setHeader('Content-Length', 3); res.end(Buffer.from('abc')); },
  (res) => { res.writeHead(200, { 'Content-Length': 1 }); res.end(); },
  (res) => { res.end('no header'); },
  (res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.setHeader('Content-Length', 1); res.end('xyz'); },
];
let i = 0;
const server = http.createServer((req, res) => {
  res.strictContentLength = true;
  try { cases[i](res); console.log(i, 'ok', res.headersSent); } catch (e) { console.log(i, e.code, e.message, res.headersSent); res.destroy(); }
});
server.listen(0, '127.0.0.1', next);
function next() {
  if (i >= cases.length) return server.close();
  const c = net.connect(server.address().port, '127.0.0.1');
  let buf = '';
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  c.setEncoding('latin1');
  c.on('data', (d) => buf += d);
  c.on('close', () => { console.log(JSON.stringify(buf.replace(/Date: [^\r]*\r\n/, ''))); i++; next(); });
}
