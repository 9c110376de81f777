// Server._connectionKey ("addressType:address:port" as asked for) for the common listen forms,
// and the port range check of every listen form.
'use strict';
const net = require('net');
for (const args of [[{ port: -1 >>> 0 }], [-1 >>> 0], [-1 >>> 0, '0.0.0.0'], [65536]]) {
  try { net.createServer().listen(...args); } catch (e) { console.log(e.name, e.code, e.message); }
}
const forms = [[0], [0, '127.0.0.1'], [{ port: 0, host: 'localhost' }], ['0', '127.0.0.1'], [{ port: 0, host: '0.0.0.0' }]];
let i = 0;
(function next() {
  if (i >= forms.length) return;
  const s = net.createServer();
  s.listen(...forms[i++], () => { console.log(s._connectionKey, s.address().family); s.close(next); });
})();
