// After close() the connections checker stays on the server, destroyed (node reads it so in
// test-http-server-async-dispose); it is not dropped.
const http = require('http');
const s = http.createServer();
s.listen(0, () => {
  const sym = Object.getOwnPropertySymbols(s).find((k) => String(k).includes('connectionsCheckingInterval'));
  console.log('before', String(sym), typeof s[sym], s[sym]._destroyed);
  s.close(() => { console.log('after close', typeof s[sym], s[sym] && s[sym]._destroyed); });
});
