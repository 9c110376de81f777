// node:https client API without touching the network: Agent defaults and names, the global
// agent, request objects (method, path, host header, protocol checks), argument errors, a
// request destroyed before it has a socket, fetch's port blocking for https URLs.
const https = require('https');
const http = require('http');

const a = new https.Agent();
console.log(a.defaultPort, a.protocol, a.maxCachedSessions, a.keepAlive, a instanceof http.Agent);
console.log(https.Agent(undefined) instanceof https.Agent, new https.Agent({ maxCachedSessions: 5 }).maxCachedSessions);
console.log(JSON.stringify(a.getName({ host: 'example.com', port: 8443 })));
console.log(JSON.stringify(a.getName({ host: 'h', port: 1, servername: 'sni', rejectUnauthorized: false })));
console.log(JSON.stringify(https.globalAgent.getName({})));
const g = https.globalAgent;
console.log(g instanceof https.Agent, g.keepAlive, g.options.keepAlive, g.options.timeout, g.options.scheduling, g.defaultPort);
console.log(Object.keys(https).sort().join(','));

const req = https.request('https://example.com:8443/a/b?c=1', { method: 'post', headers: { 'X-A': '1' } });
console.log(req.method, req.path, req.host, req.protocol, req.getHeader('host'), req.getHeader('x-a'), req.agent === https.globalAgent);
req.on('error', (e) => console.log('req error', e.code, e.message));
req.on('close', () => console.log('req close', req.destroyed));
req.destroy();

const r2 = https.request({ hostname: 'example.com', path: '/x' });
console.log(r2.getHeader('host'), r2.path, r2.method);
r2.on('error', (e) => console.log('r2 error', e.code, e.message));
r2.destroy();

const r3 = https.request(new URL('https://[::1]:9999/v6'), { agent: false });
console.log(r3.getHeader('host'), r3.agent instanceof https.Agent, r3.agent !== https.globalAgent);
r3.on('error', () => {});
r3.destroy();

for (const bad of [
  () => https.request('http://example.com/'),
  () => https.get({ protocol: 'http:', host: 'x' }),
  () => https.request('not a url'),
  () => https.request({ host: 'x', method: 'BAD METHOD' }),
  () => https.request({ host: 'x', path: '/a b' }),
  () => https.request({ host: 'x', agent: 42 }),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

fetch('https://example.com:25/').then(() => console.log('fetched?'), (e) => console.log('fetch', e.name, e.message, e.cause && e.cause.message));
