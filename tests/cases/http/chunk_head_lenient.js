// With insecureHTTPParser the chunk size line is read with llhttp's lenient flags as node does:
// spaces after the size and a lone LF are accepted; the strict extension checks still apply.
const http = require('http');
const net = require('net');
const heads = ['2', '02', '2\n', '2;\n', '2;a\n', '2;a=b\n', '2 ', '2\t', '2 ;a', '2;', '2;a', '2;a=b', '2;a=b;c', '2;a="b c"', '2;a="b\\"c"', '2;a="b"x', '2; a=b', '2;a =b', '2;a= b', '2;a=b ', '2;a\x01', '2;a=\x01', '2;a="\x01"', '2;=b', '2;a==b', '2;a=b=c', 'x', '', ';a', '2\rx', 'fffffffffffffffff', '2;a="b"', '2;a=""', '2;a="b', '2;a=b"'];
const server = http.createServer({ insecureHTTPParser: true }, (req, res) => {
  let b = '';
  req.on('data', (d) => { b += d; });
  req.on('end', () => { console.log('  ok', JSON.stringify(b)); res.end('ok'); });
});
server.on('clientError', (err, socket) => { console.log('  clientError', err.code, err.reason); socket.destroy(); });
server.listen(0, async () => {
  for (const h of heads) {
    console.log(JSON.stringify(h));
    await new Promise((resolve) => {
      const c = net.connect(server.address().port, () => c.end('POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n' + h + (h.endsWith('\n') ? '' : '\r\n') + 'xx\r\n0\r\n\r\n'));
      c.on('data', () => {});
      c.on('close', resolve);
    });
  }
  server.close();
});
