// One request per method over the default (keep-alive) agent; headers with mixed case and
// duplicates; each response's status, headers, rawHeaders and body.
const http = require('http');
const { log, port } = require('../lib');

const requests = [
  ['GET', '/path?q=1&r=%20x', null],
  ['POST', '/submit', 'name=value&x=1'],
  ['PUT', '/item/7', JSON.stringify({ a: [1, 2] })],
  ['DELETE', '/item/7', null],
  ['PATCH', '/item/7', 'patch'],
  ['OPTIONS', '*', null],
  ['HEAD', '/head', null],
];

function next(i) {
  if (i === requests.length) return;
  const [method, path, body] = requests[i];
  const headers = { 'X-Custom': 'Value', 'x-dup': ['1', '2'], Accept: 'text/plain', Cookie: ['c=1', 'd=2'] };
  if (body !== null) headers['Content-Type'] = 'text/plain';
  const req = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
    log(method, res.statusCode, res.statusMessage, res.httpVersion);
    log('  headers', res.headers);
    log('  rawHeaders', res.rawHeaders);
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { data += d; });
    res.on('end', () => {
      log('  body', JSON.stringify(data), res.complete);
      next(i + 1);
    });
  });
  req.on('error', (e) => log('error', e.code, e.message));
  log(method, 'headers out', req.getHeaders(), req.getRawHeaderNames());
  req.end(body === null ? undefined : body);
}
next(0);
