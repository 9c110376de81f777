// req.headers built from rawHeaders as node's _addHeaderLine loop does, in the cases a shortcut
// could get wrong: names of Object.prototype members, joinDuplicateHeaders, a count shorter or
// longer than rawHeaders, values that are not strings, non-ASCII names, an own _addHeaderLine,
// an inherited setter, set-cookie arrays, and a server's maxHeadersCount with browser-like heads.
const http = require('http');
const net = require('net');

function msg(raw, count = raw.length, join = false) {
  const m = new http.IncomingMessage(null);
  m.joinDuplicateHeaders = join;
  m._addHeaderLines(raw, count);
  return m;
}
function show(label, m) {
  let h;
  try {
    h = m.headers;
  } catch (e) {
    console.log(label, 'throws', e.constructor.name);
    return;
  }
  console.log(label, JSON.stringify(h), Object.getPrototypeOf(h) === Object.prototype,
    JSON.stringify(Object.getOwnPropertyNames(h)));
}

show('proto names', msg(['Constructor', 'a', 'constructor', 'b', 'toString', 'c', '__proto__', 'd',
  '__PROTO__', 'e', 'hasOwnProperty', 'f', 'valueOf', 'g', 'valueof', 'h']));
show('duplicates', msg(['Host', 'h1', 'HOST', 'h2', 'User-Agent', 'u1', 'user-agent', 'u2', 'X-A', '1', 'x-a', '2',
  'Cookie', 'c=1', 'cookie', 'c=2', 'Set-Cookie', 's=1', 'SET-COOKIE', 's=2', 'Accept', 'a', 'accept', 'b',
  'Content-Length', '5', 'content-length', '6']));
show('joined', msg(['Host', 'h1', 'HOST', 'h2', 'User-Agent', 'u1', 'user-agent', 'u2', 'X-A', '1', 'x-a', '2',
  'Cookie', 'c=1', 'cookie', 'c=2', 'Set-Cookie', 's=1', 'set-cookie', 's=2', 'Authorization', 't1',
  'authorization', 't2'], 24, true));
show('count 2 of 6', msg(['A', '1', 'B', '2', 'C', '3'], 2));
show('count 3 of 6', msg(['A', '1', 'B', '2', 'C', '3'], 3));
show('count 0', msg(['A', '1'], 0));
show('count past end', msg(['A', '1', 'B'], 4));
show('number values', msg(['X-N', 5, 'x-n', 6, 'X-M', 'm', 'x-m', 7]));
show('non-ascii name', msg(['\u00c4-Name', 'v', '\u00e4-name', 'w', 'Plain', 'p']));
show('empty value', msg(['X-E', '', 'x-e', '', 'X-F', 'f']));

const own = msg(['A', '1', 'B', '2']);
own._addHeaderLine = function (field, value, dest) { dest['own-' + field] = value; };
show('own _addHeaderLine', own);

Object.defineProperty(Object.prototype, 'x-polluted', {
  configurable: true,
  get() { return undefined; },
  set(v) { console.log('inherited setter got', v); },
});
show('inherited setter', msg(['X-Polluted', 'p1', 'Other', 'o']));
delete Object.prototype['x-polluted'];

const m = msg(['Set-Cookie', 'a=1', 'Set-Cookie', 'b=2', 'set-cookie', 'c=3']);
const h1 = m.headers;
console.log('same object', h1 === m.headers, Array.isArray(h1['set-cookie']), h1['set-cookie'].length);
console.log('distinct', JSON.stringify(m.headersDistinct));
m.headers = { replaced: true };
console.log('replaced', JSON.stringify(m.headers));

const browser = [
  'Host: localhost', 'User-Agent: Mozilla/5.0 (X11; Linux x86_64)', 'Accept: text/html,*/*;q=0.8',
  'Accept-Language: en-US,en;q=0.9', 'Accept-Encoding: gzip, deflate, br', 'Connection: keep-alive',
  'Upgrade-Insecure-Requests: 1', 'Sec-Fetch-Dest: document', 'Sec-Fetch-Mode: navigate',
  'Cache-Control: max-age=0', 'Cookie: session=abc', 'cookie: theme=dark', 'Accept: application/json',
];
const seen = [];
const server = http.createServer((req, res) => {
  seen.push(JSON.stringify(req.headers) + ' ' + req.rawHeaders.length);
  res.end('ok');
});
function send(port, path, done) {
  const c = net.connect(port, '127.0.0.1');
  c.end('GET ' + path + ' HTTP/1.1\r\n' + browser.join('\r\n') + '\r\nConnection: close\r\n\r\n');
  c.resume();
  c.on('close', done);
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  send(port, '/a', () => {
    server.maxHeadersCount = 4;
    send(port, '/b', () => server.close(() => {
      for (const s of seen) console.log(s);
    }));
  });
});
