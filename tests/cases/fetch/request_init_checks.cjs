// Request/Response/Headers constructor checks and fields as node's undici (mode: node 20 rejects
// 'websocket' and lists navigate, same-origin, no-cors, cors; rjs accepted websocket).
'use strict';
const log = (...a) => console.log(...a);
const t = (l, f) => { try { log(l, f()); } catch (e) { log(l, 'ERR', e.constructor.name, e.code, e.message); } };
(async () => {
  const r = new Request('http://a.com/p?q#h', { method: 'post', headers: { 'X-A': '1' }, body: 'b', referrer: 'about:client', mode: 'cors', credentials: 'include', cache: 'no-store', redirect: 'manual', integrity: 'sha-x', keepalive: false });
  t('fields', () => [r.url, r.method, r.mode, r.credentials, r.cache, r.redirect, r.integrity, r.referrer, r.referrerPolicy, r.destination, r.keepalive, r.duplex]);
  const r2 = new Request(r, { method: 'PUT' });
  t('from req', () => [r2.method, r2.url, r2.headers.get('x-a'), r.bodyUsed, r2.bodyUsed]);
  t('bad method', () => new Request('http://a/', { method: 'CONNECT' }));
  t('bad method2', () => new Request('http://a/', { method: 'bad method' }));
  t('lower get', () => new Request('http://a/', { method: 'get' }).method);
  t('bad url', () => new Request('nope'));
  t('creds url', () => new Request('http://u:p@a/'));
  t('rel url', () => new Request('/x'));
  t('mode navigate', () => new Request('http://a/', { mode: 'navigate' }));
  t('bad mode', () => new Request('http://a/', { mode: 'x' }));
  t('bad cache', () => new Request('http://a/', { cache: 'only-if-cached' }));
  t('referrer', () => new Request('http://a/', { referrer: '/r' }).referrer);
  t('referrer other origin', () => new Request('http://a/', { referrer: 'http://b/' }).referrer);
  t('referrer empty', () => new Request('http://a/', { referrer: '' }).referrer);
  t('referrerPolicy', () => new Request('http://a/', { referrerPolicy: 'no-referrer' }).referrerPolicy);
  t('bad referrerPolicy', () => new Request('http://a/', { referrerPolicy: 'x' }));
  t('window', () => new Request('http://a/', { window: {} }));
  t('window null', () => new Request('http://a/', { window: null }).url);
  t('signal', () => { const ac = new AbortController(); const q = new Request('http://a/', { signal: ac.signal }); ac.abort('why'); return [q.signal.aborted, q.signal.reason, q.signal === ac.signal]; });
  t('bad signal', () => new Request('http://a/', { signal: {} }));
  t('used body', () => { const q = new Request('http://a/', { method: 'POST', body: 'x' }); q.text(); return new Request(q); });
  t('headers guard', () => { const e = Response.error(); e.headers.set('a', 'b'); return [...e.headers]; });
  t('redirect headers', () => { const rr = Response.redirect('http://x/'); rr.headers.set('a', 'b'); return 1; });
  t('json status', () => Response.json({}, { status: 201, headers: { 'content-type': 'x/y' } }).headers.get('content-type'));
  t('resp statusText bad', () => new Response('', { statusText: 'a\nb' }));
  t('resp headers array', () => [...new Response('', { headers: [['a', '1'], ['a', '2']] }).headers]);
  t('resp url', () => new Response('').url);
  t('headers iterate during modify', () => { const h = new Headers({ a: '1', b: '2' }); const out = []; for (const [k] of h) { out.push(k); if (k === 'a') h.append('c', '3'); } return out; });
  t('headers record non-string', () => [...new Headers({ a: 1, b: null, c: undefined })]);
  t('headers from Headers', () => [...new Headers(new Headers([['x', '1']]))]);
  t('headers getSetCookie empty', () => new Headers().getSetCookie());
  t('headers get set-cookie', () => new Headers([['set-cookie', 'a'], ['set-cookie', 'b']]).get('set-cookie'));
  t('headers value trim', () => new Headers({ a: ' \t x \t ' }).get('a'));
  t('headers bad value nul', () => new Headers({ a: 'x\0y' }));
  t('headers unicode value', () => new Headers({ a: 'é' }).get('a'));
  t('headers unicode value2', () => new Headers({ a: '€' }));
})();
try { new Request('http://a/', { mode: 'websocket' }); } catch (e) { console.log('websocket', e.message); }
