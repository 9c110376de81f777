// localhost resolves as the reference machine's /etc/hosts says ('127.0.0.1 localhost', no IPv6
// line): one address, so a refused connection is a plain Error 'connect ECONNREFUSED
// 127.0.0.1:PORT' (not the AggregateError of an IPv4 + IPv6 attempt), family 6 is ENOTFOUND, and
// ::1 has no name for lookupService.
import dns from 'node:dns';
import http from 'node:http';
import net from 'node:net';

const server = net.createServer();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const port = server.address().port;
await new Promise((r) => server.close(r));
const show = (label, e) => console.log(label, e.constructor.name, e.code, e.errno, e.syscall, e.address, e.port === port ? 'PORT' : e.port, e.message.replace(String(port), 'PORT'), Object.keys(e));

console.log(await dns.promises.lookup('localhost', { all: true }));
console.log(await dns.promises.lookup('LocalHost'));
await dns.promises.lookup('localhost', { family: 6 }).catch((e) => console.log('family 6', e.message, e.code, e.errno));
await new Promise((r) => dns.lookupService('::1', 80, (e, h) => { console.log('::1 service', e && e.code, h); r(); }));
await new Promise((r) => dns.lookupService('127.0.0.1', 80, (e, h, s) => { console.log('127.0.0.1 service', e, h, s); r(); }));
try { await fetch(`http://localhost:${port}/`); } catch (e) { console.log(e.name, e.message); show('fetch cause', e.cause); }
await new Promise((r) => http.get(`http://localhost:${port}/x`).on('error', (e) => { show('http.get', e); r(); }));
await new Promise((r) => http.get({ port }).on('error', (e) => { show('http.get default host', e); r(); }));
await new Promise((r) => net.connect(port, 'localhost').on('error', (e) => { show('net.connect', e); r(); }));
