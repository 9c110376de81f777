// http.get / http.request against our own server: status, headers, bodies, event order,
// keep-alive socket reuse through an Agent.
const http = require('http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const h = { ...req.headers };
    delete h.host;
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Set-Cookie', ['s=1', 't=2']);
    res.end(JSON.stringify({ method: req.method, url: req.url, headers: h, body }));
  });
});

function doRequest(opts, body) {
  return new Promise((resolve, reject) => {
    const events = [];
    const req = http.request(opts, (res) => {
      events.push(`response ${res.statusCode} ${res.statusMessage} ${res.httpVersion}`);
      const headers = { ...res.headers };
      delete headers.date;
      events.push(`headers ${JSON.stringify(headers)}`);
      let data = '';
      res.on('data', (d) => { data += d; });
      res.on('end', () => { events.push(`end ${data} complete=${res.complete}`); });
      res.on('close', () => { events.push('res close'); });
    });
    req.on('socket', () => events.push('socket'));
    req.on('finish', () => events.push('finish'));
    req.on('error', (e) => { events.push(`error ${e.code}`); });
    req.on('close', () => { events.push(`req close reused=${req.reusedSocket}`); setImmediate(() => resolve(events)); });
    if (body !== undefined) {
      for (const part of body) req.write(part);
    }
    req.end();
  });
}

server.listen(0, async () => {
  const port = server.address().port;
  const show = (evs) => { for (const e of evs) console.log('  ' + e); };
  console.log('GET');
  show(await doRequest({ port, path: '/get?q=1' }));
  console.log('POST chunked');
  show(await doRequest({ port, method: 'POST', path: '/post', headers: { 'X-Custom': 'abc' } }, ['one', Buffer.from('two')]));
  console.log('PUT content-length');
  show(await doRequest({ port, method: 'put', path: '/put', headers: { 'Content-Length': 6 } }, ['abc', 'def']));
  console.log('URL string');
  show(await new Promise((resolve) => {
    http.get(`http://localhost:${port}/from-url`, (res) => {
      let d = '';
      res.on('data', (c) => { d += c; });
      res.on('end', () => resolve([`${res.statusCode} ${JSON.parse(d).url}`]));
    });
  }));
  const agent = new http.Agent({ keepAlive: true });
  console.log('agent 1');
  show(await doRequest({ port, path: '/a1', agent }));
  console.log('agent 2');
  show(await doRequest({ port, path: '/a2', agent }));
  console.log('free sockets', Object.keys(agent.freeSockets).length, 'sockets', Object.keys(agent.sockets).length);
  agent.destroy();
  console.log('agent:false');
  show(await doRequest({ port, path: '/noagent', agent: false }));
  server.close(() => console.log('closed'));
});
