// Setting headers after the response went out (the classic "Cannot set headers after they are
// sent to the client"), or a body that is neither a string nor bytes (res.end(123)): node's
// frames for the method, named by the message's class, come first in the stack (and an
// uncaught one shows node's throw statement above the report).
const http = require('http');
const frame = (e) => e.stack.split('\n')[1];
const frames2 = (e) => e.stack.split('\n').slice(1, 3).join('|');
const server = http.createServer((req, res) => {
  for (const f of [() => res.write({ a: 1 }), () => res.end(123)]) {
    try { f(); } catch (e) { console.log(e.code, '|', frames2(e)); }
  }
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
