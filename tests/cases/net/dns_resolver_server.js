// dns.Resolver against a DNS server on a local UDP port: record shapes of every resolve method,
// ttl, reverse, errors (NXDOMAIN, SERVFAIL, no data, malformed answer, timeout) and cancel().
const dgram = require('dgram');
const dns = require('dns');

function name(n) {
  return Buffer.concat([...n.split('.').filter(Boolean).map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)])), Buffer.from([0])]);
}
const u16 = (n) => Buffer.from([n >> 8, n & 255]);
const u32 = (n) => Buffer.from([n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255]);
const str = (s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]);
const rr = (type, data) => ({ type, data });
const records = {
  A: [rr(1, Buffer.from([1, 2, 3, 4])), rr(1, Buffer.from([5, 6, 7, 8]))],
  AAAA: [rr(28, Buffer.from('20010db8000000000000000000000001', 'hex'))],
  MX: [rr(15, Buffer.concat([u16(10), name('mx1.example.org')])), rr(15, Buffer.concat([u16(20), name('mx2.example.org')]))],
  TXT: [rr(16, Buffer.concat([str('v=spf1 -all'), str('second')]))],
  SRV: [rr(33, Buffer.concat([u16(1), u16(5), u16(5269), name('xmpp.example.org')]))],
  NS: [rr(2, name('ns1.example.org'))],
  CNAME: [rr(5, name('target.example.org'))],
  PTR: [rr(12, name('host.example.org'))],
  SOA: [rr(6, Buffer.concat([name('ns1.example.org'), name('admin.example.org'), u32(2024010101), u32(7200), u32(3600), u32(1209600), u32(300)]))],
  NAPTR: [rr(35, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.example.org')]))],
  CAA: [rr(257, Buffer.concat([Buffer.from([0, 5]), Buffer.from('issueca.example.net')]))],
};
const typeNames = { 1: 'A', 28: 'AAAA', 15: 'MX', 16: 'TXT', 33: 'SRV', 2: 'NS', 5: 'CNAME', 12: 'PTR', 6: 'SOA', 35: 'NAPTR', 257: 'CAA', 255: 'ANY' };

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  let off = 12;
  const labels = [];
  while (msg[off] !== 0) { labels.push(msg.toString('latin1', off + 1, off + 1 + msg[off])); off += 1 + msg[off]; }
  const qname = labels.join('.');
  const qtype = typeNames[msg.readUInt16BE(off + 1)];
  const question = msg.subarray(12, off + 5);
  let rcode = 0;
  let answers = qtype === 'ANY' ? [...records.A, ...records.MX, ...records.TXT] : records[qtype] || [];
  if (qname.startsWith('missing')) { rcode = 3; answers = []; }
  if (qname.startsWith('broken')) { rcode = 2; answers = []; }
  if (qname.startsWith('empty')) answers = [];
  if (qname.startsWith('silent')) return;
  const head = Buffer.concat([msg.subarray(0, 2), Buffer.from([0x81, 0x80 | rcode]), u16(1), u16(qname.startsWith('bad') ? 9 : answers.length), u16(0), u16(0)]);
  const body = answers.map((a) => Buffer.concat([Buffer.from([0xc0, 12]), u16(a.type), u16(1), u32(300), u16(a.data.length), a.data]));
  server.send(Buffer.concat([head, question, ...body]), rinfo.port, rinfo.address);
});

server.bind(0, '127.0.0.1', async () => {
  const r = new dns.promises.Resolver({ timeout: 200, tries: 1 });
  r.setServers([`127.0.0.1:${server.address().port}`]);
  console.log('servers', r.getServers().map((s) => s.replace(/:\d+$/, ':PORT')));
  const show = async (what, p) => {
    try { console.log(what, JSON.stringify(await p)); } catch (e) { console.log(what, 'error', e.code, e.syscall, e.hostname, e.message, Object.keys(e)); }
  };
  await show('resolve4', r.resolve4('example.org'));
  await show('resolve4 ttl', r.resolve4('example.org', { ttl: true }));
  await show('resolve6', r.resolve6('example.org'));
  await show('resolveMx', r.resolveMx('example.org'));
  await show('resolveTxt', r.resolveTxt('example.org'));
  await show('resolveSrv', r.resolveSrv('_xmpp._tcp.example.org'));
  await show('resolveNs', r.resolveNs('example.org'));
  await show('resolveCname', r.resolveCname('www.example.org'));
  await show('resolvePtr', r.resolvePtr('4.3.2.1.in-addr.arpa'));
  await show('resolveSoa', r.resolveSoa('example.org'));
  await show('resolveNaptr', r.resolveNaptr('example.org'));
  await show('resolveCaa', r.resolveCaa('example.org'));
  await show('resolveAny', r.resolveAny('example.org'));
  await show('resolve MX', r.resolve('example.org', 'MX'));
  await show('reverse', r.reverse('1.2.3.4'));
  await show('reverse6', r.reverse('2001:db8::1'));
  await show('nxdomain', r.resolve4('missing.example.org'));
  await show('servfail', r.resolveMx('broken.example.org'));
  await show('nodata', r.resolveTxt('empty.example.org'));
  await show('malformed', r.resolve4('bad.example.org'));
  await show('timeout', r.resolve4('silent.example.org'));
  const cb = new dns.Resolver({ timeout: 5000, tries: 1 });
  cb.setServers([`127.0.0.1:${server.address().port}`]);
  cb.resolve4('silent.example.org', (err) => {
    console.log('cancelled', err.code, err.syscall, err.hostname);
    server.close();
  });
  cb.cancel();
});
