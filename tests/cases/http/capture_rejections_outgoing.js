// events.captureRejections with an async listener on an outgoing message (ClientRequest /
// ServerResponse): the rejection destroys the message with its error (node's
// OutgoingMessage[captureRejectionSymbol]), so the request reports that error once and closes
// (rjs emitted it as a bare 'error' and then a second 'socket hang up').
const events = require('events');
const http = require('http');
events.captureRejections = true;

const serverLog = [];
process.on('exit', () => console.log('server:', serverLog.join('; ')));
const server = http.createServer((req, res) => {
  req.resume();
  res.on('custom', async () => { throw new Error('server kaboom'); });
  res.socket.on('error', (e) => serverLog.push(`socket error: ${e.message}`));
  res.socket.on('close', () => { serverLog.push(`socket closed, res.destroyed: ${res.destroyed}`); server.close(); });
  res.emit('custom');
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  const errors = [];
  req.on('error', (e) => errors.push(e.message));
  req.on('close', () => {
    console.log('client errors:', JSON.stringify(errors), 'destroyed:', req.destroyed);
    const req2 = http.request({ host: '127.0.0.1', port: server.address().port });
    req2.on('error', (e) => console.log('req2 error:', e.message));
    req2.on('close', () => console.log('req2 closed'));
    req2.on('response', (res) => { console.log('req2 status', res.statusCode); res.resume(); });
    req2.end();
  });
  req.on('custom', async () => { throw new Error('client kaboom'); });
  req.write('x');
  req.emit('custom');
});
