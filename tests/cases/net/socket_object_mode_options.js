// net.Socket refuses objectMode / readableObjectMode / writableObjectMode (ERR_INVALID_ARG_VALUE, 'is not supported').
const net = require('net');
for (const k of ['objectMode', 'readableObjectMode', 'writableObjectMode']) {
  for (const v of [true, 1, 'x', false]) {
    try { const s = new net.Socket({ [k]: v }); console.log(k, v, 'ok', s.readableObjectMode, s.writableObjectMode); s.destroy(); } catch (e) { console.log(k, v, e.name, e.code, e.message); }
  }
}
try { net.createConnection({ port: 8080, readableObjectMode: true, writableObjectMode: 2 }); } catch (e) { console.log(e.message); }
