// addTrailers with array values: one trailer line per element (a unique header joins them with '; '), each
// element checked for invalid characters; invalid names/values throw node's errors. Seen raw and by http.get.
const http = require('http');
const net = require('net');
const server = http.createServer({ uniqueHeaders: ['x-u'] }, (req, res) => {
  res.write('a');
  try { res.addTrailers({ 'x bad': 'v' }); } catch (e) { console.log(e.code, e.message); }
  try { res.addTrailers({ 'x-c': ['ok', 'b\nad'] }); } catch (e) { console.log(e.code, e.message); }
  res.addTrailers([['x-arr', ['1', '2']], ['x-one', ['solo']], ['x-u', ['u1', 'u2']], ['x-n', 5], ['x-e', []]]);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1', () => c.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  let d = '';
  c.on('data', (x) => d += x);
  c.on('end', () => {
    console.log(JSON.stringify(d.replace(/Date: .*\r\n/, '')));
    http.get({ port, host: '127.0.0.1' }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log(JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
        server.close();
      });
    });
  });
});
