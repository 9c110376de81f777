// EADDRINUSE for a listener on the default (dual-stack) address names :: as node does.
const http = require('http');
const a = http.createServer().listen(0, () => {
  const port = a.address().port;
  const b = http.createServer();
  b.on('error', (e) => { console.log(e.code, e.syscall, e.address, e.port === port, e.errno, e.message.replace(String(port), 'P')); a.close(); });
  b.listen(port);
});
