// dns.lookupService: a loopback address is localhost, the service a port's well-known name (or
// its number), the promise and promisified forms, argument errors. Lines are printed sorted at
// exit (node's thread pool answers in varying order).
const dns = require('dns');
const util = require('util');
const lines = [];
process.on('exit', () => console.log(lines.sort().join('\n')));
for (const p of [0, 22, '80', 443, 3000, 8080]) dns.lookupService('127.0.0.1', p, (e, h, s) => lines.push(`cb ${p} ${e} ${h} ${s}`));
dns.promises.lookupService('127.0.0.1', 443).then((r) => lines.push(`promise ${JSON.stringify(r)}`));
util.promisify(dns.lookupService)('127.0.0.1', 22).then((r) => lines.push(`promisified ${JSON.stringify(r)}`));
const show = (fn) => { try { fn(); } catch (e) { console.log(e.code, e.message); } };
show(() => dns.lookupService('127.0.0.1', 80));
show(() => dns.lookupService('nope', 80, () => {}));
show(() => dns.lookupService('127.0.0.1', 70000, () => {}));
show(() => dns.promises.lookupService('127.0.0.1'));
