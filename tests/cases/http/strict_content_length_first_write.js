// res.strictContentLength as node 20: the first write() is checked before the header is made, so a length
// known only from setHeader('Content-Length') does not stop it; later writes and end() are checked against
// it (the error counts every byte written). After writeHead the first write is checked too.
const http = require('http');
const net = require('net');
const cases = [
  (res) => { res.setHeader('Content-Length', 3); console.log('write', res.write('abcd')); res.end('abc'); },
  (res) => { res.setHeader('Content-Length', 3); console.log('write', res.write('abcd')); res.end(); },
  (res) => { res.setHeader('Content-Length', 3); console.log('write', res.write('ab')); res.write('cd'); },
  (res) => { res.writeHead(200, { 'Content-Length': 3 }); res.write('abcd'); },
  (res) => { res.setHeader('Content-Length', 3); res.write('a'); res.write('b'); res.end('c'); },
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
