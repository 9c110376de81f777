// A body that is not JSON: res.json() rejects with JSON.parse's SyntaxError, its stack node's
// undici frames where it parses the body (the first thing learners see when an API answers
// with an HTML page).
const http = require('http');
const server = http.createServer((req, res) => res.end(req.url === '/empty' ? '' : '<html>oops</html>')).listen(0, () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  fetch(base).then((r) => r.json()).catch((e) => {
    console.log(e.name, e.message, '|', e.stack.split('\n').slice(1).join('|'));
    return fetch(base + '/empty').then((r) => r.json());
  }).catch((e) => {
    console.log(e.name, e.message, '|', e.stack.split('\n').slice(1).join('|'));
    return new Response('{"a":').json();
  }).catch((e) => {
    console.log(e.name, e.message, '|', e.stack.split('\n').slice(1).join('|'));
    server.close();
  });
});
