// An error made in an HTTP server's request handler: node's stack shows Server.emit,
// parserOnIncoming and HTTPParser.parserOnHeadersComplete, where its parser is called from C++.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log(new Error('in handler').stack.split('\n').slice(1).map((l) => l.replace(/\(\/.*\//, '(')).join('\n'));
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
