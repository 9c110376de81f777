// fetch redirect handling: follow (method rewriting, body resend, limit), manual, error.
const http = require('http');

const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname === '/redir') {
    res.writeHead(+u.searchParams.get('s') || 302, { location: u.searchParams.get('to') || '/final' });
    res.end('moved');
    return;
  }
  if (u.pathname === '/loop') { res.writeHead(302, { location: `/loop?n=${+u.searchParams.get('n') + 1}` }); res.end(); return; }
  if (u.pathname === '/nolocation') { res.writeHead(302); res.end('no location'); return; }
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, ct: req.headers['content-type'] || null, cl: req.headers['content-length'] || null }));
  });
});

server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const run = async (label, f) => {
    try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', `${e.name}: ${e.message}`, e.cause ? `[${e.cause.message}]` : ''); }
  };
  await run('follow', async () => { const r = await fetch(`${base}/redir`); return [r.status, r.redirected, r.url.replace(base, ''), await r.json()]; });
  for (const s of [301, 302, 303, 307, 308]) {
    await run(`${s} POST`, async () => { const r = await fetch(`${base}/redir?s=${s}`, { method: 'POST', body: 'x' }); return [r.status, r.redirected, await r.json()]; });
    await run(`${s} PUT`, async () => { const r = await fetch(`${base}/redir?s=${s}`, { method: 'PUT', body: 'y' }); return (await r.json()).method; });
  }
  await run('303 HEAD', async () => { const r = await fetch(`${base}/redir?s=303`, { method: 'HEAD' }); return [r.status, r.url.replace(base, '')]; });
  await run('relative', async () => { const r = await fetch(`${base}/a/redir?to=../b/c%3Fq`); return (await r.json()).url; });
  await run('absolute', async () => { const r = await fetch(`${base}/redir?to=${encodeURIComponent(`${base}/abs?z=1`)}`); return (await r.json()).url; });
  await run('chain', async () => { const r = await fetch(`${base}/redir?to=${encodeURIComponent('/redir?s=307&to=/end')}`); return [r.url.replace(base, ''), (await r.json()).url]; });
  await run('manual', async () => { const r = await fetch(`${base}/redir`, { redirect: 'manual' }); return [r.status, r.type, r.redirected, r.headers.get('location'), await r.text()]; });
  await run('error', async () => fetch(`${base}/redir`, { redirect: 'error' }));
  await run('loop', async () => fetch(`${base}/loop`));
  await run('19 hops', async () => { const r = await fetch(`${base}/redir?to=${encodeURIComponent('/loop?n=0')}`); return r.status; });
  await run('ftp', async () => fetch(`${base}/redir?to=ftp://x/`));
  await run('no location', async () => { const r = await fetch(`${base}/nolocation`); return [r.status, r.redirected, await r.text()]; });
  await run('stream body 307', async () => fetch(`${base}/redir?s=307`, {
    method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }),
  }));
  await run('stream body 303', async () => {
    const r = await fetch(`${base}/redir?s=303`, {
      method: 'POST', duplex: 'half', body: new ReadableStream({ start(c) { c.enqueue(new Uint8Array([65])); c.close(); } }),
    });
    return r.json();
  });
  server.close();
});
