// http.request with Expect: 100-continue: the body goes out on 'continue'; an unknown
// expectation gets 417.
const http = require('http');
const { log, port } = require('../lib');

function request(expect, body) {
  return new Promise((resolve) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/upload',
      headers: { Expect: expect, 'Content-Length': body.length } });
    req.on('continue', () => {
      log('continue');
      req.end(body);
    });
    req.on('information', (info) => log('information', info.statusCode, info.statusMessage, info.headers));
    req.on('response', (res) => {
      log('response', res.statusCode, res.statusMessage, res.headers['x-why'], res.headers.connection);
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        log('  body', JSON.stringify(data));
        // Refused: the body is never sent; drop the connection rather than wait for a timeout.
        if (res.statusCode === 417) req.destroy();
        resolve();
      });
    });
    req.on('error', (e) => { log('error', e.code); resolve(); });
    req.flushHeaders();
  });
}

(async () => {
  await request('100-continue', 'x'.repeat(5000));
  await request('something-else', 'never sent');
  await request('100-continue', 'again');
})();
