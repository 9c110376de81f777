// fetch failures: AbortSignal (before, during, after headers, reasons, timeout), network
// errors as "fetch failed" with a cause, bad ports, unsupported schemes, bad URLs.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return;
  if (req.url === '/slow') { res.writeHead(200); res.write('part1'); setTimeout(() => res.end('part2'), 200); return; }
  if (req.url === '/destroy') { res.writeHead(200, { 'content-length': '100' }); res.write('partial'); setTimeout(() => res.destroy(), 20); return; }
  if (req.url === '/close') { req.socket.destroy(); return; }
  if (req.url === '/echo') { req.resume(); req.on('end', () => res.end('done')); req.on('error', () => {}); return; }
  res.end('ok');
});

const show = (e) => {
  let s = `${e.name}: ${e.message}`;
  if (e.cause) s += ` | cause ${e.cause.name}: ${e.cause.message}${e.cause.code ? ` (${e.cause.code})` : ''}`;
  return s;
};

server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const run = async (label, f) => { try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', show(e)); } };
  await run('aborted before', () => { const ac = new AbortController(); ac.abort(); return fetch(`${base}/hang`, { signal: ac.signal }); });
  await run('reason', () => { const ac = new AbortController(); ac.abort(new Error('my reason')); return fetch(`${base}/hang`, { signal: ac.signal }); });
  await run('reason identity', async () => {
    const ac = new AbortController();
    const reason = { custom: true };
    ac.abort(reason);
    try { await fetch(`${base}/hang`, { signal: ac.signal }); } catch (e) { return e === reason; }
  });
  await run('during', () => { const ac = new AbortController(); setTimeout(() => ac.abort(), 50); return fetch(`${base}/hang`, { signal: ac.signal }); });
  await run('during reason', () => { const ac = new AbortController(); setTimeout(() => ac.abort('str'), 50); return fetch(`${base}/hang`, { signal: ac.signal }); });
  await run('after headers', async () => { const ac = new AbortController(); const r = await fetch(`${base}/slow`, { signal: ac.signal }); ac.abort(); return r.text(); });
  await run('while reading', async () => {
    const ac = new AbortController();
    const r = await fetch(`${base}/slow`, { signal: ac.signal });
    const reader = r.body.getReader();
    const first = await reader.read();
    ac.abort(new Error('stop'));
    try { await reader.read(); } catch (e) { return [Buffer.from(first.value).toString(), show(e)]; }
  });
  await run('timeout', () => fetch(`${base}/hang`, { signal: AbortSignal.timeout(50) }));
  await run('AbortSignal.abort', () => fetch(`${base}/hang`, { signal: AbortSignal.abort() }));
  await run('request signal', () => { const ac = new AbortController(); const rq = new Request(`${base}/hang`, { signal: ac.signal }); setTimeout(() => ac.abort(), 20); return fetch(rq); });
  await run('abort after done', async () => { const ac = new AbortController(); const r = await fetch(`${base}/`, { signal: ac.signal }); const t = await r.text(); ac.abort(); return t; });
  await run('destroyed mid-body', async () => { const r = await fetch(`${base}/destroy`); return r.text(); });
  await run('closed before response', () => fetch(`${base}/close`));
  await run('bad port', () => fetch('http://127.0.0.1:1/'));
  await run('file', () => fetch('file:///etc/passwd'));
  await run('ftp', () => fetch('ftp://x/'));
  await run('about', () => fetch('about:blank'));
  await run('relative', () => fetch('/x'));
  await run('bad url', () => fetch('http://a b/'));
  await run('credentials', () => fetch('http://u:p@a/'));
  await run('no args', () => fetch());
  await run('bad method', () => fetch(`${base}/`, { method: 'CONNECT' }));
  await run('get with body', () => fetch(`${base}/`, { body: 'x' }));
  await run('stream without duplex', () => fetch(`${base}/`, { method: 'POST', body: new ReadableStream() }));
  // A port nobody listens on: connection refused, with node's error shape as the cause.
  const probe = net.createServer().listen(0, async () => {
    const port = probe.address().port;
    probe.close(async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/`);
      } catch (e) {
        const c = e.cause;
        console.log('refused', e.name, e.message, c instanceof Error, c.message.replace(String(port), 'PORT'), c.code, c.syscall, c.address, c.port === port, c.errno === -111 || c.errno);
      }
      server.close();
    });
  });
});
