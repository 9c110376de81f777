// Setting headers after the response went out (the classic "Cannot set headers after they are
// sent to the client"): node's frame for the method, named by the message's class, comes first
// in the stack (and an uncaught one shows node's throw statement above the report).
const http = require('http');
const frame = (e) => e.stack.split('\n')[1];
const server = http.createServer((req, res) => {
  res.end('done');
  for (const f of [() => res.setHeader('X-Late', '1'), () => res.writeHead(200)]) {
    try { f(); } catch (e) { console.log(e.code, '|', e.message, '|', frame(e)); }
  }
});
server.listen(0, () => {
  const req = http.get(`http://127.0.0.1:${server.address().port}/`, (res) => {
    res.resume();
    res.on('end', () => {
      try { req.setHeader('X-Late', '1'); } catch (e) { console.log(e.code, '|', frame(e)); }
      server.close();
    });
  });
});
