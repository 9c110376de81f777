// The response reason phrase exactly as sent (spaces, tabs, obs-text as latin1).
const http = require('http');
const net = require('net');
const lines = ['HTTP/1.1 200  OK', 'HTTP/1.1 200', 'HTTP/1.1 200 ', 'HTTP/1.1 200 OK ', 'HTTP/1.1 200 O\tK', 'HTTP/1.1 200 Ã©'];
let i = 0;
const s = net.createServer((c) => c.once('data', () => c.end(Buffer.from(lines[i] + '\r\nContent-Length: 0\r\n\r\n', 'latin1'))));
s.listen(0, '127.0.0.1', next);
function next() {
  if (i >= lines.length) return s.close();
  const r = http.get({ host: '127.0.0.1', port: s.address().port, agent: false }, (res) => { console.log(JSON.stringify(lines[i]), JSON.stringify(res.statusMessage)); res.resume(); res.on('end', () => { i++; next(); }); });
  r.on('error', (e) => { console.log(JSON.stringify(lines[i]), e.code); i++; next(); });
}
