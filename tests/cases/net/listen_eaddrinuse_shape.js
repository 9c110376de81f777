// Listening on a port in use (a learner's server started twice): node's error lists code before
// errno (UVExceptionWithHostPort), its stack has node's setupListenHandle/listenInCluster/
// Server.listen frames above the script's listen() call, and 'error' comes from emitErrorNT.
const net = require('net');
const http = require('http');
const util = require('util');
const first = net.createServer().listen(0, () => {
  const { port } = first.address();
  const second = http.createServer();
  second.on('error', (err) => {
    console.log(util.inspect(err).split(String(port)).join('PORT').split('\n').filter((l) => !l.startsWith('    at ')).join('\n'));
    const lines = err.stack.split('\n');
    console.log(lines.slice(1, lines.findIndex((l) => l.includes(__filename))).join('\n'));
    console.log('emitted from emitErrorNT', new Error('where').stack.includes('at emitErrorNT ('));
    first.close();
  });
  second.listen(port);
});
