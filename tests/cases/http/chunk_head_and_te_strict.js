// Chunk size lines and request Transfer-Encoding framing as llhttp (strict) reads them: a bare LF,
// spaces after the size, bad extension names/values/quoted values and size overflow, and request
// codings after 'chunked' (refused while reading the head, before any request event) give node's
// HPE_* codes and reasons; valid extensions are accepted.
const http = require('http');
const net = require('net');

const heads = ['2', '02', '2\n', '2;\n', '2;a\n', '2;a=b\n', '2 ', '2\t', '2 ;a', '2;', '2;a', '2;a=b', '2;a=b;c', '2;a="b c"', '2;a="b\\"c"', '2;a="b"x', '2; a=b', '2;a =b', '2;a= b', '2;a=b ', '2;a\x01', '2;a=\x01', '2;a="\x01"', '2;=b', '2;a==b', '2;a=b=c', 'x', '', ';a', '2\rx', 'fffffffffffffffff', '2;a="b"', '2;a=""', '2;a="b', '2;a=b"'];
const msgs = {
  chunkExtLF: 'GET / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;\nxx\r\n4c\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  chunkSizeLF: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2\nxx\r\n0\r\n\r\n',
  chunkExtOK: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;a=b\r\nxx\r\n0\r\n\r\n',
  chunkExtQuoted: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;a="b c"\r\nxx\r\n0\r\n\r\n',
  chunkExtBad: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2;a\x01\r\nxx\r\n0\r\n\r\n',
  chunkSpace: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n2 \r\nxx\r\n0\r\n\r\n',
  teTwoLines: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked-false\r\nConnection: upgrade\r\n\r\n1\r\nA\r\n0\r\n\r\nGET /flag HTTP/1.1\r\nHost: a\r\n\r\n',
  teTwoLinesNoUpgrade: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked-false\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  teChunkedTwice: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  teGzipChunked: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  teChunkedGzip: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  teFold: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n , chunked-false\r\nConnection: upgrade\r\n\r\n1\r\nA\r\n0\r\n\r\nGET /flag HTTP/1.1\r\nHost: a\r\n\r\n',
  teIdentity: 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: identity\r\nContent-Length: 1\r\n\r\nA',
};
for (const h of heads) {
  msgs[`chunk head ${JSON.stringify(h)}`] = 'POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' +
    h + (h.endsWith('\n') ? '' : '\r\n') + 'xx\r\n0\r\n\r\n';
}

const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => {
    console.log('  request', req.method, req.url, JSON.stringify(req.headers['transfer-encoding']), JSON.stringify(b));
    res.end('ok');
  });
});
server.on('clientError', (err, socket) => {
  console.log('  clientError', err.code, err.reason);
  socket.destroy();
});
server.listen(0, async () => {
  for (const [name, msg] of Object.entries(msgs)) {
    console.log(name);
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.end(msg));
      let r = '';
      c.on('data', (d) => { r += d; });
      c.on('close', () => {
        console.log('  replies', (r.match(/HTTP\/1.1 \d+/g) || []).join(','));
        resolve();
      });
    });
  }
  server.close();
});
