// Status-line and line-ending errors in responses, reported with llhttp's code and reason.
const http = require('http');
const net = require('net');
const replies = [
  'HTTP/1.1 200 OK\r\nContent-Length: 0\nX: y\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\n',
  'HTTP/1.1 abc\r\n\r\n', 'HTTP/1.1 20\r\n\r\n', 'HTTP/1.1 2000\r\n\r\n', 'HTTP/1.1 200X\r\n\r\n', 'HTTP/1.1  200 OK\r\n\r\n',
  'ICY 200 OK\r\n\r\n', 'HTTX/1.1 200 OK\r\n\r\n', 'HTTP/x.1 200 OK\r\n\r\n', 'HTTP/1.1200 OK\r\n\r\n'
];
let i = 0;
const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => { c.write(replies[i]); setTimeout(() => c.destroy(), 30); }); });
s.listen(0, '127.0.0.1', next);
function next() {
  if (i >= replies.length) return s.close();
  let done = false;
  const fin = (what) => { if (done) return; done = true; console.log(i, JSON.stringify(replies[i].slice(0, 16)), what); i++; setTimeout(next, 5); };
  const r = http.get({ host: '127.0.0.1', port: s.address().port, agent: false }, (res) => { res.resume(); res.on('end', () => fin(`${res.statusCode} ${res.httpVersion}`)); });
  r.on('error', (e) => fin(`req error ${e.code} ${e.reason || ''}`));
}
