// The own symbol and string keys of a server's request and response and of a client request
// and response, in node's order (util.inspect shows them).
const http = require('http');
const names = (o) => Object.getOwnPropertySymbols(o).map((s) => s.description).join(' ');
const server = http.createServer((req, res) => {
  console.log('server req symbols:', names(req));
  console.log('server res symbols:', names(res));
  console.log('server res keys:', Object.keys(res).join(' '));
  res.end('x');
});
server.listen(0, '127.0.0.1', () => {
  const creq = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (cres) => {
    console.log('client res symbols:', names(cres));
    cres.resume();
    cres.on('end', () => server.close());
  });
  console.log('client req symbols:', names(creq));
});
