// Bytes past ASCII: refused in the request target (400 / HPE_INVALID_URL), kept as latin1 in header values and in a response's reason phrase; control bytes in values refused.
const http = require('http');
const net = require('net');
const reqs = [
  [Buffer.from('GET /caf'), Buffer.from([0xc3, 0xa9]), Buffer.from(' HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /x HTTP/1.1\r\nHost: h\r\nX-In: '), Buffer.from([0xe9, 0x41]), Buffer.from('\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /x HTTP/1.1\r\nHost: h\r\nX-In: a\x7fb\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /x HTTP/1.1\r\nHost: h\r\nX-In: a\x01b\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /x HTTP/1.1\r\nHost: h\r\nX-In: a\tb\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /a"b HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /a{b}|\\^` HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /a\x7fb HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')],
  [Buffer.from('GET /a#frag HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n')],
];
let i = 0;
const srv = http.createServer((req, res) => { console.log(i, 'url', JSON.stringify(req.url), JSON.stringify(req.headers['x-in'])); res.end(); });
srv.on('clientError', (e, s) => { console.log(i, 'clientError', e.code, e.reason); s.destroy(); });
srv.listen(0, '127.0.0.1', next);
function next() {
  if (i >= reqs.length) return srv.close();
  const c = net.connect(srv.address().port, '127.0.0.1');
  c.resume();
  c.on('close', () => { i++; next(); });
  c.end(Buffer.concat(reqs[i]));
}
