// The client's response parser against a raw net server: chunked + trailers, read-until-close,
// HEAD, 204/304, 1xx, byte-at-a-time delivery, malformed responses, early close.
const http = require('http');
const net = require('net');

const responses = {
  '/chunked': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-T: t1\r\nX-U: u\r\n\r\n',
  '/eof': 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nuntil the end',
  '/head': 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n',
  '/204': 'HTTP/1.1 204 No Content\r\nX-A: b\r\n\r\n',
  '/304': 'HTTP/1.1 304 Not Modified\r\nETag: "x"\r\n\r\n',
  '/info': 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
  '/dups': 'HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nX-D: 1\r\nX-D: 2\r\nContent-Type: a\r\nContent-Type: b\r\nContent-Length: 0\r\n\r\n',
  '/slowbytes': 'HTTP/1.1 201 Made\r\nX-Slow: yes\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n',
  '/garbage': 'HTTP/1.1 abc nope\r\n\r\n',
  '/badchunk': 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nxyz\r\n',
  '/hangup': '',
  '/midbody': 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial',
  '/http10': 'HTTP/1.0 200 OK\r\nContent-Length: 3\r\n\r\nold',
  '/reason': 'HTTP/1.1 299 Some Custom Reason\r\nContent-Length: 0\r\n\r\n',
};

const server = net.createServer((socket) => {
  let buf = '';
  socket.on('data', (d) => {
    buf += d;
    if (!buf.includes('\r\n\r\n')) return;
    const path = buf.split(' ')[1];
    const text = responses[path];
    if (path === '/slowbytes') {
      let i = 0;
      const t = setInterval(() => {
        socket.write(text[i++]);
        if (i === text.length) { clearInterval(t); socket.end(); }
      }, 1);
      return;
    }
    if (path === '/hangup') { socket.destroy(); return; }
    socket.end(text);
  });
  socket.on('error', () => {});
});

function get(port, path, method = 'GET') {
  return new Promise((resolve) => {
    const req = http.request({ port, path, method, host: '127.0.0.1', agent: false });
    req.on('information', (i) => console.log('  information', i.statusCode, i.statusMessage, JSON.stringify(i.headers)));
    req.on('response', (res) => {
      console.log('  response', res.statusCode, JSON.stringify(res.statusMessage), res.httpVersion, JSON.stringify(res.headers));
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('aborted', () => console.log('  res aborted'));
      res.on('error', (e) => console.log('  res error', e.code, e.message));
      res.on('end', () => console.log('  end', JSON.stringify(body), res.complete, JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers)));
      res.on('close', () => { console.log('  res close', res.complete); });
    });
    req.on('error', (e) => console.log('  req error', e.code, e.message));
    req.on('close', () => setTimeout(resolve, 10));
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const path of Object.keys(responses)) {
    console.log(path);
    await get(port, path, path === '/head' ? 'HEAD' : 'GET');
  }
  server.close(() => console.log('closed'));
});
