// util.inspect shows a Proxy's target without running its traps, showProxy prints Proxy [target, handler], a revoked proxy prints <Revoked Proxy>.
// Cause: internalBinding('native').proxyDetails (src/binding.rs proxy_details) is a stub returning undefined, because boa 0.22 keeps
// Proxy's [[ProxyTarget]]/[[ProxyHandler]] private (builtins::proxy::Proxy::try_data is pub(crate)). util.inspect needs them
// (node's getProxyDetails) to show a proxy's target without running traps, for showProxy, and for revoked proxies.
const util = require('util');
console.log(util.inspect(new Proxy({ a: 1 }, {}), { showProxy: true }));
console.log(util.inspect(new Proxy([1], { get(t, k) { return k === 'length' ? 5 : t[k]; } })));
const r = Proxy.revocable({}, {}); r.revoke(); console.log(util.inspect(r.proxy));
const p = new Proxy({ a: 1, b: [1, 2] }, { get(t, k) { console.log('trap', String(k)); return t[k]; }, ownKeys(t) { console.log('ownKeys'); return Reflect.ownKeys(t); } });
console.log(p);
console.log(util.inspect(p, { showProxy: true, depth: 0 }));
console.log(util.format('%s', p), util.format('%o', new Proxy([1], {})));
console.log(new Proxy(function named() {}, {}), util.types.isProxy(p));
console.log([new Proxy({}, {})], { x: new Proxy(new Map([[1, 2]]), {}) });
