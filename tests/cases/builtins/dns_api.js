// dns without network: argument validation (node 20 codes and messages), IP literals, the
// default result order, setServers/getServers formatting, Resolver classes, promise forms.
const dns=require('dns'); console.log(Object.keys(dns).sort().join()); console.log(Object.keys(dns.promises).sort().join()); console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)).join());
console.log(Object.getOwnPropertyNames(dns.promises.Resolver.prototype).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(dns.promises.Resolver.prototype)).join());
console.log(dns.resolve4.name, dns.promises.resolve4.name, dns.Resolver.prototype.resolve4.name, dns.reverse.name);
try { dns.reverse('notip', () => {}); } catch (e) { console.log(e.message, Object.entries(e)); }
dns.setServers(['1.2.3.4', '[::1]:5353', '8.8.8.8:53', '1.1.1.1:54', '::2']); console.log(dns.getServers(), dns.promises.getServers());
const r = new dns.Resolver({timeout: 100, tries: 2}); console.log(r.constructor.name, Object.keys(r));
r.setServers([]); console.log(r.getServers(), dns.getServers().length);
for (const f of [
  () => new dns.Resolver({timeout: 'x'}), () => new dns.Resolver({tries: 0}),
  () => dns.lookupService('1.2.3.4'), () => dns.lookupService('1.2.3.4', 'x', () => {}), () => dns.lookupService('zz', 80, () => {}),
  () => dns.setServers('x'), () => dns.setServers([1]), () => dns.setServers(['bad ip']),
  () => dns.resolve4('x'), () => dns.resolve4(1, () => {}), () => dns.resolve('x', 1, ()=>{}), () => dns.resolve('x', 'BAD', ()=>{}),
  () => dns.lookup('x', {all: 1}, ()=>{}), () => dns.lookup('x', {order: 'z'}, ()=>{}), () => dns.lookup('x', {hints: 1}, ()=>{}),
  () => dns.lookup('x', 'abc', ()=>{}), () => dns.lookup('x', 5, ()=>{}), () => dns.lookup('x', {}), () => dns.lookup(5, () => {}), () => dns.lookup('x', {family: 5}, ()=>{}),
  () => dns.lookup('x', 'abc'),
  () => dns.promises.lookup(5), () => dns.promises.lookup('x', {family: 3}), () => dns.promises.resolve('x', 'BAD'), () => dns.promises.resolve('x', 1),
  () => dns.promises.lookupService('1.2.3.4'), () => dns.setDefaultResultOrder('x'), () => dns.promises.reverse(1),
]) { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); } }
dns.promises.reverse('zz').catch(e => console.log('async', e.code, e.syscall, e.hostname, e.message, e.errno));
dns.setDefaultResultOrder('ipv4first');
console.log(dns.getDefaultResultOrder(), dns.promises.getDefaultResultOrder());
dns.promises.setDefaultResultOrder('verbatim'); console.log(dns.getDefaultResultOrder());
console.log(dns.promises.NOTFOUND, dns.promises.ADDRCONFIG, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
dns.lookup('', (err, a, f) => console.log('empty', err, a, f));
dns.lookup(undefined, { all: true }, (err, a) => console.log('undef', err, a));
dns.lookup('127.0.0.1', (err, a, f) => console.log('ip', err, a, f));
dns.lookup('::1', { all: true }, (err, a) => console.log('ip6', err, a));
dns.lookup('1.2.3.4', { family: 6, hints: dns.ADDRCONFIG | dns.V4MAPPED }, (err, a, f) => console.log('fam', err, a, f));
dns.promises.lookup('127.0.0.1').then((r) => console.log('p', r));
dns.promises.lookup('10.0.0.1', { all: true }).then((r) => console.log('pall', r));
dns.promises.lookup('', { family: 6 }).then((r) => console.log('pempty', r));
console.log(require('util').promisify(dns.lookup) !== dns.promises.lookup);
require('util').promisify(dns.lookup)('::1').then((r) => console.log('promisified', r));
console.log(require('dns/promises') === dns.promises);
