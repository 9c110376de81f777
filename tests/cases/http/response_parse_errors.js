// Malformed responses as the client reports them (llhttp's codes and reasons): duplicate or bad Content-Length, CL with TE, bad chunks, obs-fold, bare LF by line, bad protocol/version/status in the status line; edge cases that parse.
{
const http = require('http');
const net = require('net');
const replies = [
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc',
  'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\nraw body until close',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX: a\r\n b\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\r\nX : a\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 200 OK\nContent-Length: 0\n\n',
  'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab',
  'HTTP/1.1 200 OK\r\nContent-Le',
  'HTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 1000 X\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 099 X\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.2 200 OK\r\nContent-Length: 0\r\n\r\n',
  'ICY 200 OK\r\nContent-Length: 0\r\n\r\n',
  'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n',
  'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n',
  'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;a=b;c\r\nabc\r\n0;x\r\nT: 1\r\n\r\n',
];
let i = 0;
const s = net.createServer((c) => { c.on('error', () => {}); c.once('data', () => { c.write(replies[i]); setTimeout(() => c.destroy(), 30); }); });
s.listen(0, '127.0.0.1', next);
function next() {
  if (i >= replies.length) return s.close();
  let done = false;
  const fin = (what) => { if (done) return; done = true; console.log(i, what); i++; setTimeout(next, 5); };
  const r = http.get({ host: '127.0.0.1', port: s.address().port, agent: false }, (res) => {
    let b = '';
    res.setEncoding('latin1');
    res.on('data', (d) => b += d);
    res.on('end', () => fin(`${res.statusCode} ${JSON.stringify(res.headers)} ${JSON.stringify(b)} ${JSON.stringify(res.trailers)}`));
    res.on('error', (e) => fin(`res error ${e.code} ${e.message}`));
    res.on('aborted', () => console.log(i, 'aborted'));
  });
  r.on('error', (e) => fin(`req error ${e.code} ${e.message} ${e.reason || ''}`));
}
}
