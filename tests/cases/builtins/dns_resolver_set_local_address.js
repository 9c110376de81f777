// Resolver#setLocalAddress checks its addresses as node 20's binding: valid IPs, at most one
// of each family (either order), strings only.
const dns = require('dns');
const r = new dns.Resolver();
for (const a of [['x'], ['127.0.0.1', 'x'], ['::1'], ['127.0.0.1'], ['127.0.0.1', '::1'], ['::1', '127.0.0.1'],
  ['::1', '::1'], ['127.0.0.1', '127.0.0.2'], ['127.0.0.1 '], ['1.2.3'], ['::ffff:1.2.3.4'], [1], ['127.0.0.1', 2],
  [], ['127.0.0.1', null]]) {
  try { console.log('ok', a, r.setLocalAddress(...a)); } catch (e) { console.log(a, e.name, e.code, e.message); }
}
const p = new dns.promises.Resolver();
try { p.setLocalAddress('nope'); } catch (e) { console.log('promises', e.code, e.message); }
