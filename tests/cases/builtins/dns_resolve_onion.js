// Queries for .onion names fail with ENOTFOUND without asking a server (c-ares, RFC 7686).
const dns = require('dns');
const pick = (e) => [e.code, e.syscall, e.hostname, e.message];
dns.resolveMx('foo.onion', (e) => console.log('resolveMx', pick(e)));
dns.resolve4('a.b.ONION.', (e) => console.log('resolve4', pick(e)));
dns.resolve('y.onion', 'SRV', (e) => {
  console.log('resolve SRV', pick(e));
  dns.promises.resolveTxt('x.onion').catch((e) => console.log('resolveTxt', pick(e)));
});
