// A custom lookup gets node 20's dns options: hints ADDRCONFIG unless a family is asked for, `all: true`
// only with autoSelectFamily (default on), no family and no localAddress. 'lookup' is emitted per address;
// a non-address or bad family answer gives ERR_INVALID_IP_ADDRESS / ERR_INVALID_ADDRESS_FAMILY.
const net = require('net');
const srv = net.createServer((c) => c.end()).listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  const v4 = { address: '127.0.0.1', family: 4 };
  const tries = [
    [{}, [[v4, { address: '127.0.0.1', family: 4 }]]],
    [{ family: 4 }, ['127.0.0.1', 4]],
    [{ family: 'IPv4' }, ['127.0.0.1', 4]],
    [{ autoSelectFamily: false }, ['127.0.0.1', 4]],
    [{ autoSelectFamily: false }, ['nope', 4]],
    [{ autoSelectFamily: false }, ['127.0.0.1', 5]],
    [{ localAddress: '127.0.0.1' }, ['127.0.0.1', 4]],
    [{ hints: 1024 }, [[{ address: 'x', family: 4 }]]],
    [{}, [[{ address: '127.0.0.1', family: 7 }]]],
    [{}, ['127.0.0.1', 4]],
  ];
  for (const [t, answer] of tries) {
    await new Promise((resolve) => {
      const c = net.connect({ port, host: 'example.test', ...t, lookup: (h, o, cb) => {
        console.log(JSON.stringify(t), 'opts', JSON.stringify(o));
        setImmediate(() => (Array.isArray(answer[0]) ? cb(null, answer[0]) : cb(null, ...(o.all ? [[answer[0]].flat()] : answer))));
      } });
      c.on('lookup', (...a) => console.log(' lookup ev', JSON.stringify(a)));
      c.on('connect', () => console.log(' connected', c.remoteAddress));
      c.on('error', (e) => console.log(' err', e.code, e.message.replace(/:\d+$/, ':PORT'), e.host, typeof e.port));
      c.on('close', resolve);
      c.resume();
    });
  }
  try { net.connect({ port, host: 'example.test', autoSelectFamily: 1 }); } catch (e) { console.log(e.code, e.message); }
  srv.close();
});
