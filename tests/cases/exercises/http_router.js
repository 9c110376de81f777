// An http router: query strings (URL + querystring), POST bodies (JSON and urlencoded),
// 404/405/400 answers, headers set with setHeader, and statusMessage.
const http = require('http');
const querystring = require('querystring');
const todos = [];
function readBody(req) {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (body += c));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}
const routes = {
  'GET /hello': (req, res, url) => {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`Hello, ${url.searchParams.get('name') || 'stranger'}! tags=${url.searchParams.getAll('tag').join('|')}`);
  },
  'GET /todos': (req, res) => send(res, 200, todos),
  'POST /todos': async (req, res) => {
    const body = await readBody(req);
    let data;
    try {
      data = req.headers['content-type'] === 'application/json' ? JSON.parse(body) : querystring.parse(body);
    } catch (e) {
      return send(res, 400, { error: e.message });
    }
    todos.push({ id: todos.length + 1, ...data });
    send(res, 201, todos[todos.length - 1]);
  },
};
function send(res, status, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
const server = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${req.headers.host}`);
  const route = routes[`${req.method} ${url.pathname}`];
  if (route) return route(req, res, url);
  if (Object.keys(routes).some((k) => k.endsWith(' ' + url.pathname))) {
    res.statusCode = 405;
    res.statusMessage = 'Nope';
    return res.end();
  }
  send(res, 404, { error: 'not found', path: url.pathname });
});
function request(method, path, body, type) {
  return new Promise((resolve) => {
    const headers = type ? { 'content-type': type } : {};
    const req = http.request({ port: server.address().port, method, path, headers }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve(`${res.statusCode} ${res.statusMessage} ${res.headers['content-type']} ${res.headers['content-length']} ${data}`));
    });
    req.end(body);
  });
}
server.listen(0, async () => {
  console.log(await request('GET', '/hello?name=J%C3%BCrgen&tag=a&tag=b+c'));
  console.log(await request('GET', '/hello'));
  console.log(await request('POST', '/todos', JSON.stringify({ title: 'learn streams' }), 'application/json'));
  console.log(await request('POST', '/todos', 'title=write+tests&done=false&x=%26', 'application/x-www-form-urlencoded'));
  console.log(await request('POST', '/todos', '{bad json', 'application/json'));
  console.log(await request('GET', '/todos'));
  console.log(await request('DELETE', '/todos'));
  console.log(await request('GET', '/missing?x=1'));
  server.close();
});
