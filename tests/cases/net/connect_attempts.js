// Connection attempts as node 20 reports them: 'connectionAttempt' / 'connectionAttemptFailed'
// for a single address and for several (autoSelectFamily: families alternating, each address
// once, autoSelectFamilyAttemptedAddresses, an AggregateError when all fail), and the
// autoSelectFamilyAttemptTimeout option's validation.
const net = require('net');
const P = (port) => (x) => (x === port ? 'PORT' : typeof x === 'string' ? x.replace(`:${port}`, ':PORT') : x instanceof Error ? `${x.code} ${x.message.replace(`:${port}`, ':PORT')}` : x);
const watch = (label, sock, port) => {
  for (const ev of ['connectionAttempt', 'connectionAttemptFailed', 'connectionAttemptTimeout']) {
    sock.on(ev, (...a) => console.log(label, ev, a.map(P(port))));
  }
};
const both = (h, o, cb) => setImmediate(cb, null, [
  { address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }, { address: '::1', family: 6 },
]);

try {
  net.connect({ port: 1, host: 'x.test', autoSelectFamilyAttemptTimeout: 'x' });
} catch (e) { console.log('timeout option', e.code, e.message); }

const server = net.createServer((s) => s.end()).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const a = net.connect({ port, host: 'x.test', lookup: both, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 5000 });
  watch('a', a, port);
  a.on('connect', () => {
    console.log('a connect', a.remoteAddress, a.autoSelectFamilyAttemptedAddresses.map(P(port)));
    a.destroy();
    server.close(() => {
      const b = net.connect({ port, host: 'y.test', lookup: both, autoSelectFamily: true });
      watch('b', b, port);
      b.on('error', (e) => {
        console.log('b error', e.name, e.code, JSON.stringify(e.message), String(e.stack).split('\n')[0], e.errors.map(P(port)));
        console.log('b tried', b.autoSelectFamilyAttemptedAddresses.map(P(port)));
        const c = net.connect(port, '127.0.0.1');
        watch('c', c, port);
        c.on('error', (e2) => console.log('c error', e2.name, e2.message.replace(`:${port}`, ':PORT'), c.autoSelectFamilyAttemptedAddresses));
      });
    });
  });
});
