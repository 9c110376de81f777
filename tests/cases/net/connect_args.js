// net.connect argument handling: port types and ranges, hex strings, hints, missing port,
// and a server closed from its 'connection' listener while more clients are queued.
'use strict';
const net = require('net');

function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
for (const p of [true, false, null, [], {}, '', ' ', '0x', '-0x1', NaN, Infinity, -1, 65536]) {
  tryIt(`connect(${JSON.stringify(p)})`, () => net.connect({ port: p }).destroy());
}
for (const p of [true, null, '', NaN, -1]) tryIt(`port arg ${String(p)}`, () => net.connect(p, 'localhost').destroy());
tryIt('no args', () => net.connect());
tryIt('empty object', () => net.connect({}));
tryIt('bad hints', () => net.connect({ port: 42, hints: 99999 }));
tryIt('hints not number', () => net.connect({ port: 42, hints: 'x' }));
const dns = require('dns');
tryIt('lookup hints', () => dns.lookup('localhost', { hints: 1 << 20 }, () => {}));

let accepted = 0;
const server = net.createServer((s) => {
  accepted++;
  s.end('bye');
  server.close();
});
server.on('close', () => {
  console.log('server closed after', accepted);
  // After the clients: when a lookup answers is not part of what is compared.
  dns.lookup('localhost', { hints: dns.ADDRCONFIG, family: 4 }, (err, a, f) => console.log('lookup ok', err, a, f));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let done = 0;
  const hex = `0x${port.toString(16)}`;
  for (let i = 0; i < 4; i++) {
    const c = net.connect(i % 2 ? hex : port, '127.0.0.1');
    c.on('error', () => {});
    c.resume();
    c.on('close', () => { if (++done === 4) console.log('all clients closed'); });
  }
});
