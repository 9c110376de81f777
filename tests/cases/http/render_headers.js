// OutgoingMessage._renderHeaders and net.Socket._getpeername/_getsockname (used by middleware).
const http = require('http');
const net = require('net');
const m = new http.OutgoingMessage();
console.log(m._renderHeaders());
m.setHeader('X-A', '1'); m.setHeader('set-cookie', ['a', 'b']); m.appendHeader('x-a', '2');
console.log(m._renderHeaders());
m._header = 'x';
try { m._renderHeaders(); } catch (e) { console.log(e.code, e.message); }
const s = net.createServer((c) => { console.log(c._getpeername().address, typeof c._getsockname().port); c.end(); });
s.listen(0, '127.0.0.1', () => { const c = net.connect(s.address().port, '127.0.0.1'); console.log(JSON.stringify(c._getpeername()), JSON.stringify(c._getsockname())); c.resume(); c.on('close', () => { console.log(c._getpeername().port === s.address().port, JSON.stringify(c._getsockname())); s.close(); }); });
