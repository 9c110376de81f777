// fetch over http: what the server sees (method, headers, bodies of every kind), the Response
// fields and its inspect output, set-cookie, HEAD/204, data: URLs.
const http = require('http');

const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/status') { res.writeHead(+u.searchParams.get('s'), 'Custom Text'); res.end(); return; }
  if (u.pathname === '/cookies') { res.setHeader('set-cookie', ['a=1', 'b=2']); res.setHeader('x-multi', ['1', '2']); res.end(); return; }
  if (u.pathname === '/head') { res.setHeader('content-length', 5); res.end(req.method === 'HEAD' ? undefined : 'hello'); return; }
  if (u.pathname === '/json') { res.setHeader('content-type', 'application/json'); res.end('{"x":[1,2]}'); return; }
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const raw = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      raw.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i] === 'host' ? 'HOST' : req.rawHeaders[i + 1].replace(/formdata-undici-\d+/, 'B')}`);
    }
    res.setHeader('X-Echo', 'yes');
    res.end(JSON.stringify({ method: req.method, url: req.url, raw, body: body.replace(/formdata-undici-\d+/g, 'B') }));
  });
});

server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const run = async (label, f) => {
    try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', `${e.name}: ${e.message}`, e.cause ? `${e.cause.message}` : ''); }
  };
  await run('get', async () => {
    const r = await fetch(`${base}/p?q=1#frag`);
    console.log(r.status, r.statusText, r.ok, r.type, r.redirected, r.url.replace(base, 'BASE'), r.bodyUsed);
    console.log([...r.headers].filter(([k]) => k !== 'date'));
    console.log(r.headers.get('x-echo'), r.body.constructor.name, r.body.locked);
    const j = await r.json();
    console.log(r.bodyUsed);
    return j;
  });
  await run('post string', async () => (await fetch(`${base}/post`, { method: 'POST', body: 'hello', headers: { 'X-Custom': 'Yes', accept: 'text/html' } })).json());
  await run('post params', async () => (await fetch(`${base}/post`, { method: 'POST', body: new URLSearchParams({ a: '1 2', b: 'é' }) })).json());
  await run('put formdata', async () => {
    const fd = new FormData();
    fd.append('a', '1');
    fd.append('f', new Blob(['xx'], { type: 'text/plain' }), 'n.txt');
    return (await fetch(`${base}/post`, { method: 'put', body: fd })).json();
  });
  await run('buffer', async () => (await fetch(`${base}/b`, { method: 'POST', body: Buffer.from('buf') })).json());
  await run('typed array', async () => (await fetch(`${base}/b`, { method: 'POST', body: new Uint8Array([104, 105]).subarray(1) })).json());
  await run('arraybuffer', async () => (await fetch(`${base}/b`, { method: 'POST', body: new Uint16Array([0x4142]).buffer })).json());
  await run('blob', async () => (await fetch(`${base}/b`, { method: 'POST', body: new Blob(['bl', 'ob'], { type: 'x/y' }) })).json());
  await run('empty post', async () => (await fetch(`${base}/b`, { method: 'POST' })).json());
  await run('delete', async () => (await fetch(`${base}/b`, { method: 'DELETE' })).json());
  await run('custom headers', async () => (await fetch(`${base}/h`, { headers: [['user-agent', 'me'], ['accept-encoding', 'identity'], ['x-a', '1'], ['X-A', '2']] })).json());
  await run('headers object', async () => (await fetch(`${base}/h`, { headers: new Headers({ 'Content-Type': 'a/b', 'Accept-Language': 'en' }) })).json());
  await run('request object', async () => {
    const rq = new Request(`${base}/req`, { method: 'POST', body: 'from req', headers: { 'x-y': 'z' } });
    const r = await fetch(rq);
    return [rq.bodyUsed, await r.json()];
  });
  await run('request + init', async () => {
    const rq = new Request(`${base}/req`, { method: 'POST', body: 'orig' });
    return (await fetch(rq, { method: 'PUT', body: 'override', headers: { a: 'b' } })).json();
  });
  await run('url object', async () => (await (await fetch(new URL(`${base}/u?x=1`))).json()).url);
  await run('status', async () => { const r = await fetch(`${base}/status?s=418`); return [r.status, r.statusText, r.ok]; });
  await run('404', async () => { const r = await fetch(`${base}/status?s=404`); return [r.status, r.ok, await r.text()]; });
  await run('204', async () => { const r = await fetch(`${base}/status?s=204`); return [r.status, r.body, await r.text()]; });
  await run('cookies', async () => { const r = await fetch(`${base}/cookies`); return [r.headers.getSetCookie(), r.headers.get('x-multi'), r.headers.get('set-cookie')]; });
  await run('head', async () => { const r = await fetch(`${base}/head`, { method: 'HEAD' }); return [r.status, r.headers.get('content-length'), await r.text()]; });
  await run('immutable', async () => { const r = await fetch(`${base}/json`); r.headers.set('a', 'b'); });
  await run('blob()', async () => { const b = await (await fetch(`${base}/json`)).blob(); return [b.type, b.size, await b.text()]; });
  await run('arrayBuffer()', async () => (await (await fetch(`${base}/json`)).arrayBuffer()).byteLength);
  await run('clone', async () => { const r = await fetch(`${base}/json`); const c = r.clone(); return [await r.text(), await c.json(), c.status]; });
  await run('used twice', async () => { const r = await fetch(`${base}/json`); await r.text(); return r.text(); });
  await run('inspect', async () => {
    const r = await fetch(`${base}/json`);
    r.headers[Symbol.for('nodejs.util.inspect.custom')];
    const s = require('util').inspect(r).replace(/date: '[^']*'/, 'date: D').replace(base, 'BASE');
    await r.text();
    return s;
  });
  await run('data', async () => { const r = await fetch('data:text/plain;base64,aGVsbG8='); return [r.status, r.statusText, r.type, r.url, [...r.headers], await r.text()]; });
  await run('data 2', async () => { const r = await fetch('data:,a%20b'); return [[...r.headers], await r.text()]; });
  await run('data 3', async () => { const r = await fetch('data:application/json;charset=utf-8,{"k":1}'); return [r.headers.get('content-type'), await r.json()]; });
  await run('data bad', async () => fetch('data:text/plain;base64,a'));
  await run('data nocomma', async () => fetch('data:text/plain'));
  server.close();
});
