// fetch: GET/POST with headers, JSON and text bodies, a streamed request body (duplex: 'half'),
// a response read chunk by chunk from its ReadableStream, redirects, 404, AbortSignal while
// reading the body and before the answer, AbortSignal.timeout.
const { log, port } = require('../lib');

const base = `http://127.0.0.1:${port}`;
const showHeaders = (h) => [...h].filter(([k]) => k !== 'date');

(async () => {
  let r = await fetch(`${base}/json`, { headers: { 'X-One': '1', 'x-two': 'Two' } });
  log('GET', r.status, r.statusText, r.ok, r.redirected, r.url === `${base}/json`, r.type);
  log('  headers', showHeaders(r.headers), r.headers.getSetCookie());
  log('  json', await r.json());

  r = await fetch(`${base}/json`, { method: 'POST', body: 'plain text', headers: { 'Content-Type': 'text/x-custom' } });
  log('POST text', r.status, await r.text());

  r = await fetch(`${base}/json`, { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) });
  log('POST form', r.status, await r.text());

  r = await fetch(`${base}/json`, { method: 'PUT', body: JSON.stringify({ k: [1, 2, 3] }), headers: new Headers([['content-type', 'application/json']]) });
  log('PUT json', r.status, await r.text());

  let i = 0;
  const body = new ReadableStream({
    pull(controller) {
      if (i < 4) controller.enqueue(new TextEncoder().encode(`piece ${i++};`));
      else controller.close();
    },
  });
  r = await fetch(`${base}/json`, { method: 'POST', body, duplex: 'half' });
  log('POST stream', r.status, await r.text());

  r = await fetch(`${base}/stream`);
  const reader = r.body.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) log('chunk is not a Uint8Array');
    text += new TextDecoder().decode(value);
  }
  log('stream', r.status, r.headers.get('transfer-encoding'), JSON.stringify(text));

  r = await fetch(`${base}/redirect`);
  log('redirect', r.status, r.redirected, r.url.replace(base, 'BASE'));
  await r.text();
  r = await fetch(`${base}/redirect`, { redirect: 'manual' });
  log('manual redirect', r.status, r.headers.get('location'));
  await r.text();

  r = await fetch(`${base}/missing`);
  log('404', r.status, r.statusText, r.ok, await r.text());

  const ac = new AbortController();
  r = await fetch(`${base}/slow-body`, { signal: ac.signal });
  log('slow body headers', r.status);
  const pending = r.text();
  setTimeout(() => ac.abort(), 100);
  try {
    await pending;
    log('body finished?!');
  } catch (e) {
    log('abort while reading', e.name, e.message, e.code);
  }

  const ac2 = new AbortController();
  setTimeout(() => ac2.abort(new Error('custom reason')), 100);
  try {
    await fetch(`${base}/never`, { signal: ac2.signal });
  } catch (e) {
    log('abort before answer', e.name, e.message);
  }

  try {
    await fetch(`${base}/never`, { signal: AbortSignal.timeout(100) });
  } catch (e) {
    log('timeout', e.name, e.message, e.code);
  }

  r = await fetch(`${base}/last`);
  log('last', await r.text());
})();
