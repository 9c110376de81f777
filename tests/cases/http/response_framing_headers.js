// Response heads on a keep-alive connection (Date masked): the framing headers a handler sets
// itself (any case, as arrays, via writeHead), names of a framing header's length that are not
// one, and the Keep-Alive line of servers with different keepAliveTimeout/maxRequestsPerSocket.
const http = require('http');
const net = require('net');

const handlers = {
  '/plain': (req, res) => { res.setHeader('Content-Type', 'text/plain'); res.end('Hello'); },
  '/conn-upper': (req, res) => { res.setHeader('CONNECTION', 'Close'); res.end('c'); },
  '/conn-ka': (req, res) => { res.setHeader('Connection', 'Keep-Alive'); res.end('k'); },
  '/ka-header': (req, res) => { res.setHeader('Keep-Alive', 'timeout=1'); res.end('ka'); },
  '/te': (req, res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.write('ab'); res.end('cd'); },
  '/te-gzip': (req, res) => { res.setHeader('transfer-encoding', 'gzip, chunked'); res.end('z'); },
  '/cl-num': (req, res) => { res.setHeader('content-LENGTH', 2); res.end('cl'); },
  '/date': (req, res) => { res.setHeader('Date', 'Thu, 01 Jan 1970 00:00:00 GMT'); res.end('d'); },
  '/expect': (req, res) => { res.setHeader('Expect', 'nothing'); res.end('e'); },
  '/trailer': (req, res) => { res.setHeader('Trailer', 'X-T'); res.write('t'); res.addTrailers({ 'X-T': '1' }); res.end(); },
  '/lengths': (req, res) => {
    // 4, 6, 7, 10, 14, 17 and 19 characters, none of them framing headers
    res.setHeader('X-Ab', '4'); res.setHeader('X-Abcd', '6'); res.setHeader('X-Abcde', '7');
    res.setHeader('X-Abcdefgh', '10'); res.setHeader('X-Abcdefghijklm', '14');
    res.setHeader('X-Abcdefghijklmnop', '17'); res.setHeader('X-Abcdefghijklmnopq', '19');
    res.end('l');
  },
  '/disposition': (req, res) => { res.setHeader('Content-Disposition', 'attachment; filename="\xc3\xa9.txt"'); res.end('cd'); },
  '/arrays': (req, res) => { res.setHeader('X-Multi', ['a', 'b']); res.setHeader('Connection', ['keep-alive']); res.end('a'); },
  '/head-array': (req, res) => { res.writeHead(200, ['Content-Length', '1', 'Connection', 'close']); res.end('h'); },
  '/head-object': (req, res) => { res.writeHead(200, { 'transfer-encoding': 'chunked', 'X-N': 5 }); res.end('o'); },
  '/head-nested': (req, res) => { res.writeHead(200, [['Date', 'x'], ['Trailer', 'X-Q']]); res.addTrailers({ 'X-Q': 'q' }); res.end('n'); },
  '/empty': (req, res) => res.end(),
  '/write-end': (req, res) => { res.write('w'); res.end('e'); },
};
const handle = (req, res) => handlers[req.url](req, res);

function fetchRaw(port, path) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    const chunks = [];
    c.on('data', (d) => chunks.push(d));
    c.on('end', () => { c.destroy(); resolve(Buffer.concat(chunks).toString('latin1')); });
    c.on('error', (e) => resolve('error ' + e.code));
    // The response under test (keep-alive), then one that closes the connection.
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\nGET /empty HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
  });
}

async function main() {
  const a = http.createServer(handle);
  const b = http.createServer({ keepAliveTimeout: 2500 }, handle);
  b.maxRequestsPerSocket = 3;
  for (const s of [a, b]) await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const show = (t) => t.replace(/Date: [A-Z][a-z]{2}, .* GMT/g, 'Date: <now>').split('\r\n').join('|');
  for (const path of Object.keys(handlers)) console.log(path, show(await fetchRaw(a.address().port, path)));
  for (const path of ['/plain', '/conn-ka', '/ka-header']) console.log('b' + path, show(await fetchRaw(b.address().port, path)));
  console.log('a again', show(await fetchRaw(a.address().port, '/plain')));
  a.close(); b.close();
}
main();
