// Incoming header rules: lower-cased names, set-cookie arrays, ', ' joins, '; ' for cookie,
// first-wins duplicates; rawHeaders; headersDistinct; trailers on a chunked request.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  console.log(JSON.stringify(req.headers));
  console.log(JSON.stringify(req.rawHeaders));
  console.log(JSON.stringify(req.headersDistinct));
  req.resume();
  req.on('end', () => {
    console.log('complete', req.complete, 'trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    res.end();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('POST /h?x=%20y HTTP/1.1\r\n' +
    'Host: first\r\nhost: second\r\n' +
    'Set-Cookie: a=1\r\nset-cookie: b=2\r\n' +
    'Cookie: c=3\r\nCOOKIE: d=4\r\n' +
    'Content-Type: text/plain\r\ncontent-type: text/html\r\n' +
    'Accept: a\r\nAccept: b\r\n' +
    'X-Custom: 1\r\nx-custom: 2\r\n' +
    'User-Agent: ua1\r\nUser-Agent: ua2\r\n' +
    'Authorization: t1\r\nAuthorization: t2\r\n' +
    'Weird-Header:   spaced value  \r\n' +
    'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
    '3\r\nabc\r\n0\r\nX-Trailer: tv\r\nx-trailer: tv2\r\n\r\n');
  c.resume();
  c.on('close', () => server.close(() => console.log('closed')));
});
