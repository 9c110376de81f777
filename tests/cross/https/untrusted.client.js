// @rjs-client: launcher (wasi:http with --allow-net)
// https.get and fetch against a self-signed certificate nobody trusts: node's error codes and
// messages (DEPTH_ZERO_SELF_SIGNED_CERT, "self-signed certificate"; fetch: TypeError "fetch
// failed" with that error as its cause).
const https = require('https');
const { log, port } = require('../lib');

https.get(`https://localhost:${port}/`, (res) => log('unexpected response', res.statusCode))
  .on('error', (e) => {
    log('get error', e.name, e.code, e.message);
    fetch(`https://localhost:${port}/`).then((r) => log('unexpected', r.status), (e) => {
      log('fetch error', e.name, e.message, e.cause && e.cause.name, e.cause && e.cause.code, e.cause && e.cause.message);
    });
  });
