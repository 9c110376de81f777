// @servers: node (rjs has no TLS server: https.createServer needs TLS inside the sandbox)
// An https server with the self-signed test certificate, which the client does not trust (no
// NODE_EXTRA_CA_CERTS): every handshake fails. Ends after two failed handshakes.
const https = require('https');
const fs = require('fs');
const path = require('path');
const { listening, log } = require('../lib');

const fixtures = path.join(__dirname, '..', 'fixtures');
let failed = 0;
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'selfsigned.key')),
  cert: fs.readFileSync(path.join(fixtures, 'selfsigned.crt')),
}, (req, res) => {
  log('server got a request', req.url);
  res.end('should not happen');
});
server.on('tlsClientError', () => {
  if (++failed === 2) {
    log('server: two refused handshakes');
    server.close();
  }
});
server.listen(0, '127.0.0.1', () => listening(server));
