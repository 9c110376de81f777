// Streaming: response bodies as web ReadableStreams (chunks, async iteration, cancel, tee),
// request bodies from streams and async iterables, gzip/deflate decoding.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const p = req.url;
  if (p === '/gzip') { res.setHeader('content-encoding', 'gzip'); res.end(zlib.gzipSync('hello gzip')); return; }
  if (p === '/xgzip') { res.setHeader('content-encoding', 'x-gzip'); res.end(zlib.gzipSync('hello x-gzip')); return; }
  if (p === '/deflate') { res.setHeader('content-encoding', 'deflate'); res.end(zlib.deflateSync('hello deflate')); return; }
  if (p === '/rawdeflate') { res.setHeader('content-encoding', 'deflate'); res.end(zlib.deflateRawSync('hello raw')); return; }
  if (p === '/unknown') { res.setHeader('content-encoding', 'foo'); res.end('as is'); return; }
  if (p === '/biggzip') { res.setHeader('content-encoding', 'gzip'); res.end(zlib.gzipSync('x'.repeat(200000))); return; }
  if (p === '/chunks') {
    res.writeHead(200);
    let i = 0;
    const t = setInterval(() => { res.write(`c${i};`); if (++i === 5) { clearInterval(t); res.end(); } }, 5);
    return;
  }
  if (p === '/big') { res.end(Buffer.alloc(300000, 97)); return; }
  let n = 0;
  const chunks = [];
  req.on('data', (d) => { n++; chunks.push(d); });
  req.on('end', () => {
    res.end(JSON.stringify({ te: req.headers['transfer-encoding'] || null, cl: req.headers['content-length'] || null, body: Buffer.concat(chunks).toString() }));
  });
});

server.listen(0, async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const run = async (label, f) => {
    try { console.log(label, await f()); } catch (e) { console.log(label, 'ERR', `${e.name}: ${e.message}`, e.cause ? e.cause.message : ''); }
  };
  for (const path of ['gzip', 'xgzip', 'deflate', 'rawdeflate', 'unknown']) {
    await run(path, async () => { const r = await fetch(`${base}/${path}`); return [r.headers.get('content-encoding'), await r.text()]; });
  }
  await run('biggzip', async () => (await (await fetch(`${base}/biggzip`)).text()).length);
  await run('big', async () => (await (await fetch(`${base}/big`)).arrayBuffer()).byteLength);
  await run('chunks', async () => {
    const r = await fetch(`${base}/chunks`);
    let s = '';
    for await (const c of r.body) { if (!(c instanceof Uint8Array)) throw new Error('not bytes'); s += Buffer.from(c).toString(); }
    return [s, r.bodyUsed, r.body.locked];
  });
  await run('reader', async () => {
    const r = await fetch(`${base}/chunks`);
    const reader = r.body.getReader();
    let s = '';
    for (;;) { const { done, value } = await reader.read(); if (done) break; s += Buffer.from(value).toString(); }
    return s;
  });
  await run('byob', async () => {
    const r = await fetch(`${base}/big`);
    const reader = r.body.getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint8Array(10));
    await reader.cancel();
    return [value.byteLength <= 10, value[0]];
  });
  await run('cancel', async () => { const r = await fetch(`${base}/chunks`); await r.body.cancel(); return [r.bodyUsed, r.body.locked]; });
  await run('tee', async () => {
    const r = await fetch(`${base}/chunks`);
    const [a, b] = r.body.tee();
    return [await new Response(a).text(), await new Response(b).text()];
  });
  await run('pipeThrough', async () => {
    const r = await fetch(`${base}/chunks`);
    const s = r.body.pipeThrough(new TextDecoderStream());
    let out = '';
    for await (const c of s) out += c;
    return out;
  });
  await run('stream body', async () => {
    const enc = new TextEncoder();
    const body = new ReadableStream({ start(c) { c.enqueue(enc.encode('ab')); c.enqueue(enc.encode('cd')); c.close(); } });
    return (await fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half' })).json();
  });
  await run('pull stream body', async () => {
    let i = 0;
    const body = new ReadableStream({ pull(c) { if (i < 3) c.enqueue(new TextEncoder().encode(`p${i++}`)); else c.close(); } });
    return (await fetch(`${base}/echo`, { method: 'PUT', body, duplex: 'half' })).json();
  });
  await run('async iterable', async () => {
    async function* gen() { yield 'x'; yield Buffer.from('y'); yield new Uint8Array([122]); }
    return (await fetch(`${base}/echo`, { method: 'POST', body: gen(), duplex: 'half' })).json();
  });
  await run('node stream', async () => {
    const { Readable } = require('stream');
    return (await fetch(`${base}/echo`, { method: 'POST', body: Readable.from(['n1', 'n2']), duplex: 'half' })).json();
  });
  await run('response from fetch body', async () => {
    const r = await fetch(`${base}/chunks`);
    const r2 = new Response(r.body, { status: 201, headers: { a: 'b' } });
    return [r2.status, [...r2.headers], await r2.text()];
  });
  await run('erroring stream', async () => {
    const body = new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.error(new Error('boom')); } });
    return fetch(`${base}/echo`, { method: 'POST', body, duplex: 'half' });
  });
  server.close();
});
