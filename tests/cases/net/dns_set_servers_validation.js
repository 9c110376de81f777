// dns setServers / Resolver#setServers / setLocalAddress argument checks, and the 16-bit port c-ares keeps
// (a port above 65535 wraps, as node's getServers shows).
const dns = require('dns');
const resolver = new dns.Resolver();
const presolver = new dns.promises.Resolver();
const vals = [null, undefined, 8, '8.8.8.8', { address: '8.8.8.8' }, [null], [undefined], [8], [{ address: '1' }], ['bad'], ['1.2.3.4:99999'], ['[::1]:53', '1.2.3.4:53'], ['::1'], ['[::1]:70000']];
for (const v of vals) {
  for (const [name, fn] of [['dns', (x) => dns.setServers(x)], ['resolver', (x) => resolver.setServers(x)], ['promises', (x) => dns.promises.setServers(x)], ['presolver', (x) => presolver.setServers(x)]]) {
    try { fn(v); console.log(name, JSON.stringify(v), 'ok', name === 'resolver' ? JSON.stringify(resolver.getServers()) : ''); } catch (e) { console.log(name, JSON.stringify(v), e.name, e.code, e.message); }
  }
}
for (const a of ['127.0.0.1', '::1', 'bad', 123, undefined]) {
  try { resolver.setLocalAddress(a); console.log('local', a, 'ok'); } catch (e) { console.log('local', a, e.name, e.code, e.message); }
}
try { resolver.setLocalAddress('127.0.0.1', '::1'); console.log('local pair ok'); } catch (e) { console.log('pair', e.code, e.message); }
try { resolver.setLocalAddress('::1', '127.0.0.1'); console.log('local pair2 ok'); } catch (e) { console.log('pair2', e.name, e.code, e.message); }
try { resolver.setLocalAddress('127.0.0.1', '127.0.0.1'); console.log('local pair3 ok'); } catch (e) { console.log('pair3', e.name, e.code, e.message); }
