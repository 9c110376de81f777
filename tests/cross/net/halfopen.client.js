// Half-open client: ends its side at once, keeps reading what the server sends afterwards.
const net = require('net');
const { log, port } = require('../lib');

const sock = net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
sock.on('connect', () => {
  sock.end('request', () => log('client finish', sock.readyState, sock.writableFinished));
});
let got = '';
sock.on('data', (d) => { got += d; });
sock.on('end', () => log('end', JSON.stringify(got), sock.readyState));
sock.on('close', (hadError) => log('close', hadError, sock.bytesRead, sock.bytesWritten));
