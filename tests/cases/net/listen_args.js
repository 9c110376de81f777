// net.Server.listen argument forms as node normalizes them: omitted/null/undefined ports, bad ports, non-port options, backlog positions, options.signal.
const net = require('net');
const util = require('util');
const servers = [];
function t(label, f) {
  const s = net.createServer();
  servers.push(s);
  s.on('error', (e) => console.log(label, 'async error', e.code));
  try { f(s); console.log(label, 'ok'); } catch (e) { console.log(label, 'THROW', e.name, e.code, e.message); }
}
for (const p of ['0', 0, undefined, null, -1, NaN, 123.456, 65536, Infinity, -Infinity, '', ' ', '0x10', true, false, [], {}]) {
  t('listen(' + util.inspect(p) + ')', (s) => s.listen(p, () => {}));
  t('listen({port:' + util.inspect(p) + '})', (s) => s.listen({ port: p }, () => {}));
}
for (const o of [false, true, { fd: -1 }, { path: -1 }, {}, { host: 'localhost' }, { host: { port: 3000 } }, { exclusive: true }, { port: -1, path: '/x' }, { port: 0, backlog: 'x' }, { port: 0, ipv6Only: 1 }, { port: 0, signal: 1 }]) {
  t('listen(' + util.inspect(o) + ')', (s) => s.listen(o, () => {}));
}
t('listen() no args', (s) => s.listen());
t('listen(cb)', (s) => s.listen(() => {}));
t('listen(0, host, backlog, cb)', (s) => s.listen(0, '127.0.0.1', 10, () => {}));
t('listen(0, backlog, cb)', (s) => s.listen(0, 10, () => {}));
t('listen signal aborted', (s) => { const ac = new AbortController(); ac.abort(); s.listen({ port: 0, signal: ac.signal }); });
setTimeout(() => { for (const s of servers) if (s.listening) s.close(); console.log('listening count checked'); }, 50);
