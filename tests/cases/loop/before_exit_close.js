// A server opened and closed from a 'beforeExit' listener keeps the loop alive until its close
// completes (as a closing libuv handle does), so 'beforeExit' comes again.
const net = require('net');
let round = 0;
process.on('beforeExit', () => {
  round++;
  console.log('beforeExit', round);
  if (round === 1) {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      console.log('listening');
      server.close(() => console.log('closed'));
    });
  } else if (round === 2) {
    setTimeout(() => console.log('timer'), 1);
  }
});
process.on('exit', () => console.log('exit', round));
