// res.writableCorked counts the socket's corks (node: socket.writableCorked plus corks taken
// before the message had a socket), so it follows res.cork()/uncork() on a server response.
const http = require('http');
const server = http.createServer((req, res) => {
  const seen = [];
  const note = () => seen.push(`${res.writableCorked}/${res.socket.writableCorked}`);
  note();
  res.cork();
  note();
  res.cork();
  note();
  res.writeHead(200, { 'x-a': '1' });
  res.uncork();
  note();
  res.uncork();
  note();
  res.end('body', () => {
    console.log(seen.join(' '));
  });
});
server.listen(0, () => {
  const req = http.request({ port: server.address().port });
  console.log('client before socket', req.writableCorked);
  req.cork();
  console.log('client corked without socket', req.writableCorked);
  req.uncork();
  req.end();
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
