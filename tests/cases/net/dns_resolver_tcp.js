// A DNS answer too long for UDP: the server sets the truncation bit over UDP and the resolver
// asks again over TCP on the same port (2-byte length prefix), as c-ares does.
const dgram = require('dgram');
const net = require('net');
const dns = require('dns');

const u16 = (n) => Buffer.from([n >> 8, n & 255]);
function reply(query, truncated) {
  let off = 12;
  while (query[off] !== 0) off += 1 + query[off];
  const question = query.subarray(12, off + 5);
  const answers = truncated ? [] : Array.from({ length: 40 }, (_, i) => {
    const text = Buffer.from(`record ${i} `.padEnd(60, 'x'));
    const data = Buffer.concat([Buffer.from([text.length]), text]);
    return Buffer.concat([Buffer.from([0xc0, 12]), u16(16), u16(1), Buffer.from([0, 0, 1, 0]), u16(data.length), data]);
  });
  const head = Buffer.concat([query.subarray(0, 2), Buffer.from([truncated ? 0x83 : 0x81, 0x80]), u16(1), u16(answers.length), u16(0), u16(0)]);
  return Buffer.concat([head, question, ...answers]);
}

const udp = dgram.createSocket('udp4');
udp.on('message', (msg, rinfo) => {
  console.log('udp query');
  udp.send(reply(msg, true), rinfo.port, rinfo.address);
});
udp.bind(0, '127.0.0.1', () => {
  const { port } = udp.address();
  const tcp = net.createServer((sock) => {
    let buf = Buffer.alloc(0);
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (buf.length < 2 || buf.length < 2 + buf.readUInt16BE(0)) return;
      console.log('tcp query', buf.readUInt16BE(0) === buf.length - 2);
      const answer = reply(buf.subarray(2), false);
      sock.end(Buffer.concat([u16(answer.length), answer]));
    });
  });
  tcp.listen(port, '127.0.0.1', async () => {
    const r = new dns.promises.Resolver({ timeout: 1000, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    const txt = await r.resolveTxt('big.example.org');
    console.log('records', txt.length, txt[0], txt[39]);
    udp.close();
    tcp.close();
  });
});
