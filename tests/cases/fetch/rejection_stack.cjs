// What fetch() rejects with has its stack recaptured by undici's fetch(): node's one frame
// there (no `at async` callers here: the promises are not awaited by an async function).
const net = require('net');
const show = (err) => console.log(err.name, err.message, '|', err.stack.split('\n').slice(1).join('|'));
fetch('not a url').catch((err) => {
  show(err);
  return fetch('ftp://example.com/');
}).catch((err) => {
  show(err);
  const ac = new AbortController();
  ac.abort();
  return fetch('http://127.0.0.1:1/', { signal: ac.signal });
}).catch((err) => {
  show(err);
  const server = net.createServer().listen(0, () => {
    const { port } = server.address();
    // (what ran the promise jobs shows below in node: only the first frame is compared)
    server.close(() => fetch(`http://127.0.0.1:${port}/`).catch((err) => {
      console.log(err.stack.split('\n').slice(0, 2).join('|'));
      console.log(err.cause.code, err.cause.stack.split(String(port)).join('PORT'));
    }));
  });
});
