// net.BlockList and net.SocketAddress: validation errors, rule matching across IPv4/IPv6-mapped forms, rule text, inspect.
const { BlockList, SocketAddress } = require('net');
const util = require('util');
function t(label, f) { try { console.log(label, util.inspect(f())); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); } }
{
  const bl = new BlockList();
  [1, [], {}, null, 1n, undefined].forEach((i) => t('addAddress ' + util.inspect(i), () => bl.addAddress(i)));
  [1, [], {}, null, 1n].forEach((i) => t('addAddress fam ' + util.inspect(i), () => bl.addAddress('1.1.1.1', i)));
  t('addAddress foo', () => bl.addAddress('1.1.1.1', 'foo'));
  [1, [], {}, null, 1n, undefined].forEach((i) => { t('addRange', () => bl.addRange(i)); t('addRange2', () => bl.addRange('1.1.1.1', i)); });
  t('addRange foo', () => bl.addRange('1.1.1.1', '1.1.1.2', 'foo'));
  t('addRange rev', () => bl.addRange('1.1.1.2', '1.1.1.1'));
  t('sub1', () => bl.addSubnet(1));
  t('sub2', () => bl.addSubnet('1.1.1.1', ''));
  t('sub3', () => bl.addSubnet('1.1.1.1', NaN));
  t('sub4', () => bl.addSubnet('', 1, 1));
  t('sub5', () => bl.addSubnet('', 1, ''));
  t('sub6', () => bl.addSubnet('1.1.1.1', -1, 'ipv4'));
  t('sub7', () => bl.addSubnet('1.1.1.1', 33, 'ipv4'));
  t('sub8', () => bl.addSubnet('::', 129, 'ipv6'));
  t('check1', () => bl.check(1));
  t('check2', () => bl.check('', 1));
  t('check bad', () => bl.check('not an ip'));
}
{
  const bl = new BlockList();
  bl.addAddress('1.1.1.1');
  bl.addAddress('8592:757c:efae:4e45:fb5d:d62a:0d00:8e17', 'ipv6');
  bl.addAddress('::ffff:1.1.1.2', 'ipv6');
  bl.addAddress('1.1.1.1');
  for (const [a, f] of [['1.1.1.1'], ['1.1.1.1', 'ipv6'], ['8592:757c:efae:4e45:fb5d:d62a:0d00:8e17'], ['8592:757c:efae:4e45:fb5d:d62a:0d00:8e17', 'ipv6'],
    ['::ffff:1.1.1.1', 'ipv6'], ['::ffff:1.1.1.1', 'IPV6'], ['1.1.1.2'], ['1.2.3.4'], ['::1', 'ipv6']]) t('check ' + a + ' ' + f, () => bl.check(a, f));
  console.log(bl.rules);
  t('rm', () => typeof bl.removeAddress);
  console.log(bl.rules, bl.check('1.1.1.1'));
}
{
  const bl = new BlockList();
  bl.addRange('1.1.1.1', '1.1.1.10');
  bl.addRange('::1', '::f', 'ipv6');
  bl.addSubnet('10.0.0.0', 27);
  bl.addSubnet('8592:757c:efaf::', 51, 'ipv6');
  bl.addSubnet('8592:757c:efae:4e45::', 64, 'IpV6');
  console.log(bl.rules);
  const r = [];
  for (const a of ['1.1.1.0', '1.1.1.1', '1.1.1.10', '1.1.1.11', '10.0.0.31', '10.0.0.32']) r.push(bl.check(a));
  for (const a of ['::0', '::1', '::f', '::10', '8592:757c:efaf:1fff:ffff:ffff:ffff:ffff', '8592:757c:efaf:2fff::', '::ffff:0a00:0002', '::ffff:1.1.1.5', '8592:757c:efae:4e45::f']) r.push(bl.check(a, 'ipv6'));
  console.log(r.join(','));


  console.log(bl.rules);
  console.log(util.inspect(bl, { depth: -1 }));
  console.log(util.inspect(bl, { depth: null }));
  console.log(typeof BlockList.isBlockList);
}
{
  const bl = new BlockList();
  const sa = new SocketAddress({ address: '8592:757c:efae:4e45:fb5d:d62a:0d00:8e17', family: 'ipv6' });
  bl.addAddress(sa); bl.addAddress(new SocketAddress({ address: '1.1.1.1' }));
  bl.addRange(new SocketAddress({ address: '2.1.1.1' }), new SocketAddress({ address: '2.1.1.10' }));
  bl.addSubnet(new SocketAddress({ address: '3.1.1.0' }), 16);
  console.log(bl.rules, bl.check(sa), bl.check(new SocketAddress({ address: '3.1.9.9' })));
}
{
  for (const o of [undefined, {}, { address: '123.123.123.123' }, { address: '123.123.123.123', port: 80 }, { family: 'ipv6' }, { family: 'ipv6', flowlabel: 1 }, { family: 'IPV6', address: '::1' }]) {
    t('sa', () => { const s = new SocketAddress(o); return [s.address, s.port, s.family, s.flowlabel, s.toJSON()]; });
  }
  [1, false, 'hello'].forEach((i) => t('sa bad', () => new SocketAddress(i)));
  [1, false, {}, [], 'test'].forEach((family) => t('sa fam', () => new SocketAddress({ family })));
  [1, false, {}, []].forEach((address) => t('sa addr', () => new SocketAddress({ address })));
  [-1, false, {}, [], 65536].forEach((port) => t('sa port', () => new SocketAddress({ port }).port));
  t('sa flow', () => new SocketAddress({ flowlabel: -1 }));
  t('sa badaddr', () => new SocketAddress({ address: 'nope' }));
  console.log(util.inspect(new SocketAddress()), SocketAddress.isSocketAddress(new SocketAddress()), SocketAddress.isSocketAddress({}));
  console.log(typeof SocketAddress.parse);
  if (SocketAddress.parse) for (const i of ['1.2.3.4', '127.0.0.1:80', '[::1]:443', 'not an ip', '259.1.1.1']) t('parse ' + i, () => SocketAddress.parse(i));
}
console.log(Object.prototype.toString.call(new SocketAddress()), Object.prototype.toString.call(new BlockList()));
console.log(Object.keys(new SocketAddress()), Object.getOwnPropertyNames(SocketAddress.prototype), Object.getOwnPropertyNames(BlockList.prototype));
for (const a of ['0:0:0:0:0:0:0:1', '1:0:0:0:0:0:0:0', '1:0:0:2:0:0:0:3', '::ffff:0102:0304', '::0102:0304', '1:2:3:4:5:6:7::', 'fe80::1%eth0', '0:0:1::', '1:0:1:0:1:0:1:0', '::ffff:0:0']) {
  try { console.log(a, new SocketAddress({ address: a, family: 'ipv6' }).address); } catch (e) { console.log(a, e.code); }
}
for (const a of ['01.1.1.1', '1.1.1', '255.255.255.255']) {
  try { console.log(a, new SocketAddress({ address: a }).address); } catch (e) { console.log(a, e.code); }
}
{ const bl = new BlockList();
bl.addSubnet('1.1.1.200', 24);
console.log(bl.rules, bl.check('1.1.1.3'), util.inspect(bl, { depth: 0 }), util.inspect({ a: { b: bl } }));
console.log(util.inspect(new SocketAddress(), { depth: -1 }), [new SocketAddress()]);
console.log(JSON.stringify(new SocketAddress({ port: 8 })));
}
