// ClientRequest properties for URL strings, URL objects, url.parse objects, hostnames; flushHeaders; res.req/req.res.
const http = require('http');
const url = require('url');
const srv = http.createServer((req, res) => { res.setHeader('x-url', req.url); res.setHeader('x-host', String(req.headers.host)); res.end(); });
srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const show = (label, req) => new Promise((resolve) => {
    console.log(label, req.method, req.path, req.host, req.protocol, req.agent === http.globalAgent, req.headersSent, req.finished, req.writableEnded, typeof req.timeout, req.maxHeadersCount, req.reusedSocket, req.getHeaderNames().join(','));
    req.on('response', (res) => { console.log('  ->', res.headers['x-url'], res.headers['x-host'].replace(String(port), 'P'), res.req === req, req.res === res, res.url, res.method, res.statusCode); res.resume(); res.on('end', resolve); });
    req.on('error', (e) => { console.log('  err', e.code); resolve(); });
    req.end();
  });
  await show('url+opts', http.request(`http://127.0.0.1:${port}/a?b`, { method: 'POST', headers: { x: 'y' } }));
  await show('URL', http.request(new URL(`http://127.0.0.1:${port}/u/v?w=1#frag`)));
  await show('url.parse', http.request(url.parse(`http://127.0.0.1:${port}/parsed?q=1`)));
  await show('localhost', http.request({ host: 'localhost', port, path: '/l' }));
  await show('hostname wins', http.request({ host: 'nowhere.invalid', hostname: '127.0.0.1', port, path: '/h' }));
  await show('unicode path', http.request({ host: '127.0.0.1', port, path: '/caf%C3%A9' }));

  await show('timeout prop', http.request({ host: '127.0.0.1', port, timeout: 1500, path: '/t' }));
  const r = http.request({ host: '127.0.0.1', port, path: '/fh' });
  r.flushHeaders();
  console.log('after flushHeaders', r.headersSent, typeof r._header);
  await show('flushed', r);
  const r2 = http.request({ host: '127.0.0.1', port, path: '/nd' });
  console.log(r2.setNoDelay() === undefined, r2.setSocketKeepAlive(true) === undefined);
  await show('nodelay', r2);
  srv.close();
});
