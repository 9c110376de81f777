// The playground's service worker: makes the script's HTTP servers reachable from the page.
// `<scope>preview/<port>/<path>` is answered by the server the running script listens with on
// <port> (rjs's virtual loopback network, inside the page's Web Worker): the request goes to
// the playground page over a MessageChannel, the page hands it to its worker, and the response
// comes back as {type:'head'|'body'|'end'|'error'} messages, streamed into a Response.
//
// Inside a preview page, root-relative URLs (`/style.css`, a link to `/about`) and
// `http://localhost:<port>/…` sub-resources reach the same server: the request's referrer (or
// client) tells which preview asked, and `/preview/<port>/` acts as the server's root.
//
// Cookies: a Response made here cannot carry Set-Cookie to the browser, so the service worker
// keeps a cookie jar per preview port (persisted in IndexedDB, since the browser stops idle
// service workers): Set-Cookie in the server's responses updates it (Path, Max-Age, Expires;
// expired or Max-Age=0 cookies are deleted), and later preview requests to that port carry
// the matching cookies as their Cookie header. document.cookie does not see them.
'use strict';

const SCOPE = new URL(self.registration.scope);
const PREFIX = `${SCOPE.pathname}preview/`;
const PREVIEW_PATH = /^(\d{1,5})(\/.*)?$/;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
// Headers the browser's Response must not get from the server's framing.
const DROP = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive']);
// Bodies the service worker decodes itself (a constructed Response is never decoded).
const DECODABLE = /^(?:(?:x-)?gzip|deflate)$/;
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const ACCEPT_TIMEOUT_MS = 3000;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** { port, path } when `url` (same origin) is a preview URL; path '' for `/preview/3000`. */
function previewOf(url) {
  if (!url.pathname.startsWith(PREFIX)) return null;
  const m = PREVIEW_PATH.exec(url.pathname.slice(PREFIX.length));
  if (!m || Number(m[1]) > 65535) return null;
  return { port: Number(m[1]), path: m[2] === undefined ? '' : m[2] + url.search };
}

function previewOfString(href) {
  if (!href) return null;
  try {
    const url = new URL(href);
    return url.origin === self.location.origin ? previewOf(url) : null;
  } catch {
    return null;
  }
}

async function previewOfClient(clientId) {
  if (!clientId) return null;
  const client = await self.clients.get(clientId);
  return client ? previewOfString(client.url) : null;
}

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (url.origin === self.location.origin) {
    const direct = previewOf(url);
    if (direct) {
      // `/preview/3000` → `/preview/3000/`, so relative links resolve inside the preview.
      if (direct.path === '') {
        event.respondWith(Response.redirect(`${url.origin}${PREFIX}${direct.port}/${url.search}`, 302));
      } else {
        event.respondWith(forward(direct.port, direct.path, req));
      }
      return;
    }
    const path = url.pathname + url.search;
    const from = previewOfString(req.referrer);
    if (from) {
      event.respondWith(req.mode === 'navigate'
        ? Response.redirect(`${url.origin}${PREFIX}${from.port}${path}`, 302)
        : forward(from.port, path, req));
      return;
    }
    // A preview page that sends no referrer: its client says where it lives.
    if (!req.referrer && event.clientId && req.mode !== 'navigate') {
      event.respondWith(previewOfClient(event.clientId).then((p) => (p ? forward(p.port, path, req) : fetch(req))));
    }
    return;
  }
  // `http://localhost:3000/x.png` inside a preview page.
  if (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname) && event.clientId) {
    const port = Number(url.port || 80);
    event.respondWith(previewOfClient(event.clientId).then((p) => (p ? forward(port, url.pathname + url.search, req) : fetch(req))));
  }
});

/** Playground pages (not previews) under our scope, the focused one first. */
async function playgroundPages() {
  const all = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  return all
    .filter((c) => {
      const u = new URL(c.url);
      return u.origin === self.location.origin && u.pathname.startsWith(SCOPE.pathname) && !u.pathname.startsWith(PREFIX);
    })
    .sort((a, b) => Number(b.focused) - Number(a.focused));
}

// ---- the cookie jar: port → [{ name, value, path, expires (ms, Infinity: session) }] --------
let jarLoad = null;

function jarDb() {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('rjs-preview-cookies', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('jar');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function jar() {
  if (!jarLoad) {
    jarLoad = jarDb()
      .then((d) => new Promise((resolve) => {
        const get = d.transaction('jar').objectStore('jar').get('ports');
        get.onsuccess = () => resolve(new Map(get.result || []));
        get.onerror = () => resolve(new Map());
      }))
      .catch(() => new Map());
  }
  return jarLoad;
}

function saveJar(ports) {
  const entries = [...ports].map(([port, list]) => [port, list.filter((c) => c.expires === Infinity || c.expires > Date.now())]);
  jarDb().then((d) => d.transaction('jar', 'readwrite').objectStore('jar').put(entries, 'ports')).catch(() => {});
}

// RFC 6265 5.1.4: the default path is the request path up to its last '/'.
function defaultPath(path) {
  const p = path.split('?')[0];
  if (!p.startsWith('/')) return '/';
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function pathMatches(cookiePath, path) {
  const p = path.split('?')[0] || '/';
  return p === cookiePath || (p.startsWith(cookiePath) && (cookiePath.endsWith('/') || p[cookiePath.length] === '/'));
}

/** Applies one Set-Cookie header value from a response to a request for `path`. */
function setCookie(list, header, path) {
  const [pair, ...attrs] = header.split(';');
  const eq = pair.indexOf('=');
  if (eq < 0) return;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  if (!name) return;
  let cookiePath = defaultPath(path);
  let expires = Infinity;
  let maxAge = null;
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    const key = (i < 0 ? attr : attr.slice(0, i)).trim().toLowerCase();
    const val = i < 0 ? '' : attr.slice(i + 1).trim();
    if (key === 'path' && val.startsWith('/')) cookiePath = val;
    else if (key === 'max-age' && /^-?\d+$/.test(val)) maxAge = Number(val);
    else if (key === 'expires') {
      const t = Date.parse(val);
      if (!Number.isNaN(t)) expires = t;
    }
  }
  if (maxAge !== null) expires = maxAge <= 0 ? 0 : Date.now() + maxAge * 1000;
  const at = list.findIndex((c) => c.name === name && c.path === cookiePath);
  if (at >= 0) list.splice(at, 1);
  if (expires > Date.now()) list.push({ name, value, path: cookiePath, expires });
}

/** The Cookie header for a request to `path` on `port` ('' when no cookie matches). */
function cookieHeader(ports, port, path) {
  const now = Date.now();
  const list = (ports.get(port) || []).filter((c) => c.expires > now && pathMatches(c.path, path));
  // Longer paths first, as browsers send them.
  list.sort((a, b) => b.path.length - a.path.length);
  return list.map((c) => `${c.name}=${c.value}`).join('; ');
}

function storeCookies(ports, port, path, headers) {
  const values = headers.filter(([name]) => name.toLowerCase() === 'set-cookie').map(([, v]) => v);
  if (values.length === 0) return;
  const list = ports.get(port) || [];
  for (const v of values) setCookie(list, v, path);
  ports.set(port, list);
  saveJar(ports);
}

async function forward(port, path, req) {
  const body = req.method === 'GET' || req.method === 'HEAD' ? null : await req.arrayBuffer();
  const cookies = await jar();
  const headers = [...req.headers].filter(([name]) => name !== 'cookie');
  const cookie = cookieHeader(cookies, port, path);
  if (cookie) headers.push(['cookie', cookie]);
  const message = {
    type: 'rjs-preview-request',
    port,
    method: req.method,
    path,
    headers,
    body,
  };
  const pages = await playgroundPages();
  for (const page of pages) {
    const res = await ask(page, message, port, cookies);
    if (res) return res;
  }
  return errorPage(502, `Nothing listens on port ${port}`, pages.length === 0
    ? 'The preview is served by a script running in the rjs playground, and no playground page is open. Open the playground, run a script that starts a server, then reload this page.'
    : `No script running in the playground listens on port ${port}. Run a script that starts a server, e.g. http.createServer(…).listen(${port}), then reload.`);
}

/** Asks one playground page to answer; null when it has no server on the port. */
function ask(client, message, port, cookies) {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    let controller = null;
    let settled = false;
    const settle = (value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(() => settle(null), ACCEPT_TIMEOUT_MS);
    channel.port1.onmessage = ({ data }) => {
      switch (data.type) {
        case 'none':
          channel.port1.close();
          return settle(null);
        case 'accepted':
          clearTimeout(timer);
          return;
        case 'head': {
          storeCookies(cookies, port, message.path, data.headers);
          const nullBody = message.method === 'HEAD' || NULL_BODY.has(data.status);
          const stream = nullBody ? null : new ReadableStream({
            start(c) { controller = c; },
            cancel() { channel.port1.close(); },
          });
          return settle(response(data, stream, port));
        }
        case 'body':
          try { controller?.enqueue(new Uint8Array(data.bytes)); } catch { /* cancelled */ }
          return;
        case 'end':
          try { controller?.close(); } catch { /* cancelled */ }
          channel.port1.close();
          return settle(errorPage(502, 'Empty response', 'The server ended the exchange without a response.'));
        case 'error':
          try { controller?.error(new Error(data.message)); } catch { /* cancelled */ }
          channel.port1.close();
          return settle(errorPage(data.status || 502, 'Bad gateway', data.message || 'The request failed.'));
      }
    };
    client.postMessage(message, [channel.port2]);
  });
}

function rewriteLocation(value, port) {
  if (value.startsWith('/') && !value.startsWith('//')) return `${PREFIX}${port}${value}`;
  try {
    const u = new URL(value);
    if (u.protocol === 'http:' && LOCAL_HOSTS.has(u.hostname)) return `${PREFIX}${u.port || 80}${u.pathname}${u.search}${u.hash}`;
  } catch { /* relative: the browser resolves it against the preview URL */ }
  return value;
}

function response(head, stream, port) {
  const headers = new Headers();
  let encoding = '';
  for (const [name, value] of head.headers) {
    const lower = name.toLowerCase();
    if (lower === 'content-encoding') {
      encoding = value.trim().toLowerCase();
      if (DECODABLE.test(encoding)) continue;
    } else if (DROP.has(lower)) continue;
    try {
      headers.append(name, lower === 'location' ? rewriteLocation(value, port) : value);
    } catch { /* a header value the browser does not accept */ }
  }
  let body = stream;
  if (body && DECODABLE.test(encoding)) {
    body = body.pipeThrough(new DecompressionStream(encoding === 'deflate' ? 'deflate' : 'gzip'));
  }
  const status = head.status >= 200 && head.status <= 599 ? head.status : 502;
  try {
    return new Response(body, { status, statusText: head.statusText, headers });
  } catch {
    return new Response(body, { status, headers });
  }
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function errorPage(status, title, message) {
  const html = `<!doctype html><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:40px;color:#333}h1{font-size:20px}code{background:#eee;padding:1px 4px}</style>
<h1>${status} — ${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><small>rjs playground preview</small></p>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'x-rjs-preview': 'error' } });
}
