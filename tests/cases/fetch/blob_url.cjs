// fetch() of a blob: URL (URL.createObjectURL) answers as undici's scheme fetch: 200 with
// Content-Length/Content-Type, 206 for a Range (undici's own slice and parse quirks included),
// network errors for another method, a query, a revoked or unknown URL (rjs failed every one).
'use strict';
(async () => {
  const url = URL.createObjectURL(new Blob(['hello world'], { type: 'text/plain' }));
  const show = async (label, p) => {
    try {
      const r = await p;
      console.log(label, r.status, r.statusText, [...r.headers], JSON.stringify(await r.text()), r.url === url, r.type);
    } catch (e) {
      console.log(label, e.message, e.cause && e.cause.message);
    }
  };
  await show('get', fetch(url));
  await show('range', fetch(url, { headers: { range: 'bytes=2-4' } }));
  await show('range open', fetch(url, { headers: { range: 'bytes=6-' } }));
  await show('range suffix', fetch(url, { headers: { range: 'bytes = -3' } }));
  await show('range past end', fetch(url, { headers: { range: 'bytes=20-30' } }));
  await show('range bad', fetch(url, { headers: { range: 'bytes=9-2' } }));
  await show('post', fetch(url, { method: 'POST' }));
  await show('query', fetch(url + '?x=1'));
  await show('hash', fetch(url + '#x'));
  const blob = await (await fetch(url)).blob();
  console.log('blob', blob.size, blob.type, await blob.text());
  URL.revokeObjectURL(url);
  await show('revoked', fetch(url));
  await show('unknown', fetch('blob:nodedata:nope'));
  const u2 = URL.createObjectURL(new Blob(['abc']));
  await show('no type', fetch(u2));
})();
